import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseMapJson } from '@throughline/journey-core';
import { createMiroRestFake } from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo, repoRoot } from '../memory-io.test-support';
import { run } from '../program';

const sample = 'tests/fixtures/miro/provided/sample-board.rest.json';
const parkingLot = 'tests/fixtures/miro/parking-lot.rest.json';

async function samplePage() {
  return JSON.parse(await readFile(resolve(repoRoot, sample), 'utf8'));
}

interface ConvertedJson {
  stages: { id: string; name: string }[];
  lanes: { id: string; name: string; kind: string }[];
  items: { stageId: string; laneId: string; text: string; source: { itemId: string } }[];
  unplaced: { source: { itemId: string }; reason: string }[];
}

/** Each sticky's cell by names, so that assertions read like the board. */
function cellsOf(map: ConvertedJson) {
  const stage = new Map(map.stages.map((entry) => [entry.id, entry.name]));
  const lane = new Map(map.lanes.map((entry) => [entry.id, entry.name]));
  return Object.fromEntries(
    map.items.map((item) => [
      item.source.itemId,
      `${stage.get(item.stageId)} × ${lane.get(item.laneId)}`,
    ]),
  );
}

describe('throughline miro convert FILE', () => {
  it('prints the map of the sample board as JSON: headers, labels, cells and the parking lot', async () => {
    const io = memoryIo();
    expect(await run(['miro', 'convert', sample, '--format', 'json'], io)).toBe(0);
    const map = JSON.parse(io.stdout) as ConvertedJson;
    expect(map.stages.map((stage) => stage.name)).toEqual(['Discover', 'Sign up', 'Use & renew']);
    expect(map.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Actions', 'actions'],
      ['Pain points', 'pain-points'],
      ['Opportunities', 'opportunities'],
    ]);
    expect(cellsOf(map)).toEqual({
      '3458764600000000100': 'Discover × Actions',
      '3458764600000000101': 'Discover × Actions',
      '3458764600000000102': 'Sign up × Pain points',
      '3458764600000000103': 'Use & renew × Pain points',
      '3458764600000000104': 'Sign up × Opportunities',
      '3458764600000000105': 'Use & renew × Opportunities',
    });
    expect(map.items.find((item) => item.source.itemId === '3458764600000000100')?.text).toBe(
      'Googles "budget app"',
    );
    expect(map.unplaced).toEqual([
      expect.objectContaining({
        source: expect.objectContaining({ itemId: '3458764600000000106' }),
        reason: 'outside-grid',
      }),
    ]);
    expect(parseMapJson(io.stdout).ok).toBe(true);
    expect(io.stderr).toMatch(/^7 stickies: 6 placed \(\d unsure\), 1 unplaced\n$/);
  });

  it('reads an array of pages and an array of items alike', async () => {
    const page = await samplePage();
    const half = Math.ceil(page.data.length / 2);
    const pages = [
      { ...page, data: page.data.slice(0, half), cursor: 'next' },
      { ...page, data: page.data.slice(half) },
    ];
    const outputs: string[] = [];
    for (const document of [page, pages, page.data]) {
      const io = memoryIo();
      io.files.set('board.json', JSON.stringify(document));
      expect(await run(['miro', 'convert', 'board.json', '-f', 'json'], io)).toBe(0);
      outputs.push(JSON.stringify(cellsOf(JSON.parse(io.stdout))));
    }
    expect(new Set(outputs).size).toBe(1);
  });

  it('writes CSV and Markdown, to stdout or --out', async () => {
    const csv = memoryIo();
    expect(await run(['miro', 'convert', sample, '-f', 'csv', '--out', 'map.csv'], csv)).toBe(0);
    expect(csv.stdout).toBe('');
    // Six placed stickies and the one in the parking lot, with its reason.
    expect(csv.written.get('map.csv')?.trimEnd().split('\r\n')).toHaveLength(1 + 6 + 1);
    const md = memoryIo();
    expect(await run(['miro', 'convert', parkingLot, '-f', 'md'], md)).toBe(0);
    expect(md.stdout).toMatch(/^# /);
    expect(md.stdout).toContain('## Unplaced stickies');
  });

  it('draws the converted board as an SVG picture', async () => {
    const io = memoryIo();
    expect(await run(['miro', 'convert', sample, '--format', 'svg'], io)).toBe(0);
    expect(io.stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    for (const name of ['Discover', 'Sign up', 'Use &amp; renew', 'Actions', 'Pain points']) {
      expect(io.stdout).toContain(`>${name}</text>`);
    }
    expect(io.stdout).toContain('&quot;budget app&quot;');
    expect(io.stdout).toContain('1 sticky found no cell');
    expect(io.stderr).toMatch(/^7 stickies: 6 placed/);
  });

  it('keeps hostile sticky text inert in every output: JSON, Markdown, CSV, SVG', async () => {
    const hostile = 'tests/fixtures/miro/hostile-content.rest.json';
    const pages = [JSON.parse(await readFile(resolve(repoRoot, hostile), 'utf8'))].flat();
    const page = pages[0];
    // One more sticky, beside "Pay later", written as a spreadsheet formula.
    const payLater = page.data.find((item: { data: { content?: string } }) =>
      item.data.content?.includes('Pay later'),
    );
    page.data.push({
      ...payLater,
      id: '3458764009000000099',
      data: { ...payLater.data, content: "<p>=cmd|' /C calc'!A0</p>" },
    });
    const outputs = new Map<string, string>();
    for (const format of ['json', 'md', 'csv', 'svg']) {
      const io = memoryIo();
      io.files.set('hostile.json', JSON.stringify(pages));
      expect(await run(['miro', 'convert', 'hostile.json', '-f', format], io)).toBe(0);
      outputs.set(format, io.stdout);
    }
    const json = JSON.parse(outputs.get('json') ?? '') as ConvertedJson;
    // Markup in sticky HTML is gone; text a person typed that looks like markup stays text.
    expect(json.items.map((item) => item.text)).toContain('<script>alert(1)</script>');
    expect(JSON.stringify(json)).not.toMatch(/onerror|<img/i);
    expect(outputs.get('md')).not.toMatch(/<script|<img|onerror/i);
    expect(outputs.get('md')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(outputs.get('svg')).not.toMatch(/<script|<img|onerror="/i);
    expect(outputs.get('svg')).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const csv = outputs.get('csv') ?? '';
    expect(csv).toContain("'=cmd|");
    for (const line of csv.split('\r\n')) {
      for (const cell of line.split(',')) expect(cell).not.toMatch(/^"?[=+\-@]/);
    }
  });

  it('keeps ids and hand edits of the previous map on re-convert (--previous)', async () => {
    const first = memoryIo();
    await run(['miro', 'convert', sample, '-f', 'json'], first);
    const previous = JSON.parse(first.stdout);
    const oldId = previous.stages[0].id;
    // The person renamed the first stage and the app gave it its own id.
    previous.stages[0] = {
      ...previous.stages[0],
      id: 'kept-stage',
      name: 'Find us',
      edited: ['name'],
    };
    for (const item of previous.items) if (item.stageId === oldId) item.stageId = 'kept-stage';
    const again = memoryIo();
    again.files.set('previous.json', JSON.stringify(previous));
    const args = ['miro', 'convert', sample, '-f', 'json', '--previous', 'previous.json'];
    expect(await run(args, again)).toBe(0);
    const merged = JSON.parse(again.stdout) as ConvertedJson;
    expect(merged.stages[0]).toMatchObject({ id: 'kept-stage', name: 'Find us' });
    expect(cellsOf(merged)['3458764600000000100']).toBe('Find us × Actions');
    expect(merged.items.map((item) => item.source.itemId).sort()).toEqual(
      previous.items.map((item: ConvertedJson['items'][number]) => item.source.itemId).sort(),
    );
  });

  it('ignores cards and images without error, and counts them', async () => {
    const page = await samplePage();
    const other = (id: string, type: string) => ({
      id,
      type,
      data: {},
      position: { x: 0, y: 0, origin: 'center', relativeTo: 'canvas_center' },
    });
    page.data.push(
      other('3458764600000009001', 'card'),
      other('3458764600000009002', 'card'),
      other('3458764600000009003', 'image'),
    );
    const io = memoryIo();
    io.files.set('with-others.json', JSON.stringify(page));
    expect(await run(['miro', 'convert', 'with-others.json', '-f', 'json'], io), io.stderr).toBe(0);
    expect(io.stderr).toMatch(/ 1 unplaced; ignored 2 card, 1 image\n$/);
  });

  it('converts one journey of two with --frame, titled by its frame', async () => {
    const page = await samplePage();
    // The same workshop again, 5,000 px to the right, in a frame of its own.
    const copy = page.data.map(
      (item: { id: string; parentId?: string; position: { x: number } }) => ({
        ...item,
        id: `9${item.id.slice(1)}`,
        ...(item.parentId === undefined ? {} : { parentId: `9${item.parentId.slice(1)}` }),
        position: { ...item.position, x: item.position.x + 5000 },
      }),
    );
    const frames = [...page.data, ...copy].filter(
      (item: { type: string }) => item.type === 'frame',
    );
    expect(frames).toHaveLength(2);
    copy[0].data = { ...copy[0].data, title: 'Second journey' };
    const io = memoryIo();
    io.files.set('two.json', JSON.stringify({ ...page, data: [...page.data, ...copy] }));
    const both = await run(['miro', 'convert', 'two.json', '-f', 'json'], io);
    expect(both).toBe(0);
    // Read whole, one grid's stickies fall outside the other: the user is told what to pick.
    expect(io.stderr).toContain(
      `hint: the board has 2 frames holding stickies (${page.data[0].id} "${page.data[0].data.title}", ${copy[0].id} "Second journey"); convert one journey at a time with --frame ID\n`,
    );
    const second = memoryIo();
    second.files = io.files;
    expect(
      await run(['miro', 'convert', 'two.json', '-f', 'json', '--frame', copy[0].id], second),
    ).toBe(0);
    const map = JSON.parse(second.stdout) as ConvertedJson & { title: string };
    expect(map.title).toBe('Second journey');
    expect(map.stages.map((stage) => stage.name)).toEqual(['Discover', 'Sign up', 'Use & renew']);
    expect(map.items.every((item) => item.source.itemId.startsWith('9'))).toBe(true);
    expect(map.items).toHaveLength(6);
    expect(second.stderr).not.toContain('hint:');
    const missing = memoryIo();
    missing.files = io.files;
    expect(
      await run(['miro', 'convert', 'two.json', '-f', 'json', '--frame', 'nope'], missing),
    ).toBe(2);
    expect(missing.stderr).toBe(
      'throughline: --frame nope: there is no frame with this id on the board\n',
    );
  });

  it('refuses a --previous map from another board unless told to merge it anyway', async () => {
    const first = memoryIo();
    await run(['miro', 'convert', parkingLot, '-f', 'json'], first);
    const io = memoryIo();
    io.files.set('other.json', first.stdout);
    const args = ['miro', 'convert', sample, '-f', 'json', '--previous', 'other.json'];
    expect(await run(args, io)).toBe(2);
    expect(io.stderr).toMatch(
      /^throughline: --previous other\.json: was converted from board \S+, not uXjVFAKE=; pass --allow-other-board to merge it anyway\n$/,
    );
    expect(io.stdout).toBe('');
    const anyway = memoryIo();
    anyway.files.set('other.json', first.stdout);
    expect(await run([...args, '--allow-other-board'], anyway)).toBe(0);
    expect(parseMapJson(anyway.stdout).ok).toBe(true);
  });

  it('refuses a --previous map that does not validate, before reading the board', async () => {
    const io = memoryIo();
    const broken = 'tests/fixtures/maps/broken-reference.map.json';
    expect(await run(['miro', 'convert', sample, '-f', 'json', '--previous', broken], io)).toBe(2);
    expect(io.stderr).toMatch(/^throughline: .*broken-reference\.map\.json: error items\[4\]/);
  });

  it('applies a colour legend file to a board without lane labels', async () => {
    const fixture = 'tests/fixtures/miro/colour-legend';
    const expected = JSON.parse(
      await readFile(resolve(repoRoot, `${fixture}.expected.json`), 'utf8'),
    );
    const io = memoryIo();
    io.files.set('legend.json', JSON.stringify(expected.options.legend));
    const code = await run(
      ['miro', 'convert', `${fixture}.rest.json`, '-f', 'json', '--legend', 'legend.json'],
      io,
    );
    expect(code, io.stderr).toBe(0);
    const map = JSON.parse(io.stdout) as ConvertedJson;
    expect(map.lanes.map((lane) => lane.kind)).toEqual(['actions', 'pain-points', 'opportunities']);
    expect(map.lanes.map((lane) => lane.name)).toEqual(['Doing', 'Pain points', 'Ideas']);
  });

  it('refuses a legend naming an unknown lane kind', async () => {
    const io = memoryIo();
    io.files.set('legend.json', '[{ "color": "red", "kind": "worries" }]');
    expect(
      await run(['miro', 'convert', sample, '-f', 'json', '--legend', 'legend.json'], io),
    ).toBe(2);
    expect(io.stderr).toMatch(/^throughline: legend\.json: .*kind/);
    expect(io.stdout).toBe('');
  });

  it.each([
    ['a missing file', ['nope.json'], /^throughline: nope\.json: no such file\n$/],
    [
      'a file that is not JSON',
      ['tests/fixtures/maps/not-json.map.json'],
      /not-json\.map\.json: .*JSON/,
    ],
    [
      'JSON that is not Miro items',
      ['apps/cli/samples/broadband-onboarding.links.json'],
      /items|data|type/,
    ],
    ['both FILE and --board', [sample, '--board', 'b1'], /either a FILE .* or --board ID/],
    ['neither FILE nor --board', [], /either a FILE .* or --board ID/],
    ['an unknown format', [sample, '--format', 'pdf'], /^throughline: --format: /],
  ])('refuses %s: one line on stderr, exit 2, nothing on stdout', async (_case, args, message) => {
    const io = memoryIo();
    const withFormat = args.includes('--format') ? args : [...args, '--format', 'json'];
    expect(await run(['miro', 'convert', ...withFormat], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(message);
    expect(io.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('throughline miro convert --board', () => {
  const token = 'test-token-not-secret';
  const baseUrl = 'https://miro.test';
  let fake: ReturnType<typeof createMiroRestFake>;
  const server = setupServer();
  beforeAll(async () => {
    fake = createMiroRestFake({
      boards: { 'uXjVFAKE=': (await samplePage()).data },
      token,
      baseUrl,
    });
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it('reads the live board through the API named by MIRO_API_URL', async () => {
    server.use(...fake.handlers);
    const io = memoryIo('2026-11-23', { MIRO_TOKEN: token, MIRO_API_URL: baseUrl });
    expect(await run(['miro', 'convert', '--board', 'uXjVFAKE=', '-f', 'json'], io)).toBe(0);
    const map = JSON.parse(io.stdout) as ConvertedJson & { id: string };
    expect(map.stages.map((stage) => stage.name)).toEqual(['Discover', 'Sign up', 'Use & renew']);
    expect(map.unplaced.map((entry) => entry.source.itemId)).toEqual(['3458764600000000106']);
    expect(fake.requests.length).toBeGreaterThanOrEqual(1);
  });

  it('asks for MIRO_TOKEN when it is missing, and never prints a rejected token', async () => {
    server.use(...fake.handlers);
    const none = memoryIo('2026-11-23', { MIRO_API_URL: baseUrl });
    expect(await run(['miro', 'convert', '--board', 'uXjVFAKE=', '-f', 'json'], none)).toBe(2);
    expect(none.stderr).toMatch(/MIRO_TOKEN/);
    const wrong = memoryIo('2026-11-23', {
      MIRO_TOKEN: 'wrong-secret-token',
      MIRO_API_URL: baseUrl,
    });
    expect(await run(['miro', 'convert', '--board', 'uXjVFAKE=', '-f', 'json'], wrong)).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/^throughline: --board uXjVFAKE=: .+\n$/);
    expect(wrong.stderr).not.toContain('wrong-secret-token');
  });
});

describe('throughline miro convert --board: limits and hostile settings', () => {
  const token = 'test-token-not-secret';
  const baseUrl = 'https://miro.test';
  const boardId = 'uXjVBIG=';
  const server = setupServer();
  let fake: ReturnType<typeof createMiroRestFake>;
  beforeAll(async () => {
    const template = (await samplePage()).data.find(
      (item: { type: string }) => item.type === 'sticky_note',
    );
    // 1,050 stickies: 21 pages of 50.
    const items = Array.from({ length: 1050 }, (_, index) => ({
      ...template,
      id: String(3458764700000000000n + BigInt(index)),
    }));
    fake = createMiroRestFake({ boards: { [boardId]: items }, token, baseUrl });
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  const convert = (io: ReturnType<typeof memoryIo>, ...flags: string[]) =>
    run(['miro', 'convert', '--board', boardId, '-f', 'json', ...flags], io);

  it('prints progress on stderr while the pages load', async () => {
    server.use(...fake.handlers);
    const io = memoryIo('2026-11-23', { MIRO_TOKEN: token, MIRO_API_URL: baseUrl });
    expect(await convert(io)).toBe(0);
    expect(io.stderr).toContain(`reading board ${boardId}: 1,000 of 1,050 items in 20 pages\n`);
    expect(io.stderr).toMatch(/1050 stickies: /);
  });

  it('refuses a --previous map of another board before it sends a request', async () => {
    server.use(...fake.handlers);
    const before = fake.requests.length;
    const first = memoryIo();
    await run(['miro', 'convert', parkingLot, '-f', 'json'], first);
    const io = memoryIo('2026-11-23', { MIRO_TOKEN: token, MIRO_API_URL: baseUrl });
    io.files.set('other.json', first.stdout);
    expect(await convert(io, '--previous', 'other.json')).toBe(2);
    expect(io.stderr).toMatch(/--allow-other-board/);
    expect(fake.requests.length).toBe(before);
  });

  it('stops at the page cap and names the flag that raises it', async () => {
    server.use(...fake.handlers);
    const io = memoryIo('2026-11-23', { MIRO_TOKEN: token, MIRO_API_URL: baseUrl });
    expect(await convert(io, '--max-pages', '3')).toBe(1);
    expect(io.stdout).toBe('');
    expect(io.stderr).toMatch(/^throughline: --board uXjVBIG=: .*--max-pages.*\n$/);
  });

  it.each([
    ['an MIRO_API_URL that is not a URL', { MIRO_API_URL: 'miro api please' }, token],
    [
      'credentials inside MIRO_API_URL',
      { MIRO_API_URL: 'https://admin:hunter2@miro.test' },
      'hunter2',
    ],
    [
      'a token with a line break',
      { MIRO_TOKEN: 'abc\r\nX-Evil: 1', MIRO_API_URL: baseUrl },
      'X-Evil',
    ],
  ])('refuses %s as bad input, sends nothing and echoes no secret', async (_, env, secret) => {
    server.use(...fake.handlers);
    const before = fake.requests.length;
    const io = memoryIo('2026-11-23', { MIRO_TOKEN: token, ...env });
    expect(await convert(io)).toBe(2);
    expect(fake.requests.length).toBe(before);
    expect(io.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(io.stderr).not.toContain(secret);
    expect(io.stdout).toBe('');
  });

  it.each([
    ['--max-pages', 'none'],
    ['--timeout', '-1'],
    ['--retries', '1.5'],
  ])('refuses %s %s with one line and exit code 2', async (flag, value) => {
    const io = memoryIo('2026-11-23', { MIRO_TOKEN: token, MIRO_API_URL: baseUrl });
    expect(await convert(io, flag, value)).toBe(2);
    expect(io.stderr).toMatch(new RegExp(`^throughline: ${flag}: `));
  });
});
