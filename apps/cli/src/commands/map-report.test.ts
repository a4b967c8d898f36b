import { describe, expect, it } from 'vitest';
import { memoryIo, repoText } from '../memory-io.test-support';
import { run } from '../program';

const map = 'apps/cli/samples/broadband-onboarding.map.json';
const links = 'apps/cli/samples/broadband-onboarding.links.json';

describe('throughline map rollup', () => {
  it('prints a row per stage with its work, progress and health', async () => {
    const io = memoryIo();
    expect(await run(['map', 'rollup', map, '--links', links, '--as-of', '2026-11-23'], io)).toBe(
      0,
    );
    expect(io.stdout).toContain('(as of 2026-11-23)');
    expect(io.stdout).toContain(
      '11 linked (3 to do, 4 in progress, 3 done, 1 canceled, 2 overdue)',
    );
    expect(io.stdout).toMatch(/^Sign up +3 +1 +1 +1 +22% +OFF TRACK +1 +1 +29%$/m);
    expect(io.stdout).toMatch(/^First bill +1 +0 +0 +0 +– +no work +0 +1 +21%$/m);
    expect(io.stdout).toContain(
      '- First bill is higher than quoted [First bill] severity 5/5, reach 45%',
    );
  });

  it('counts overdue work against today unless told a date', async () => {
    const io = memoryIo('2030-01-01');
    expect(await run(['map', 'rollup', map, '--links', links, '--format', 'json'], io)).toBe(0);
    const rollup = JSON.parse(io.stdout);
    expect(rollup.asOf).toBe('2030-01-01');
    expect(rollup.overdue).toBe(7);
  });

  it('shows a map with no links as having no work', async () => {
    const io = memoryIo();
    expect(await run(['map', 'rollup', map, '--format', 'json'], io)).toBe(0);
    const rollup = JSON.parse(io.stdout);
    expect(rollup.counts.total).toBe(0);
    expect(rollup.health).toBe('none');
  });

  it('lists linked work whose stage is not on the map', async () => {
    const io = memoryIo();
    const list = JSON.parse(await repoText(links));
    list[0].stageId = 'stage-retired';
    io.files.set('links.json', JSON.stringify(list));
    expect(await run(['map', 'rollup', map, '-l', 'links.json'], io)).toBe(0);
    expect(io.stdout).toContain('Linked work whose stage is not on this map:\n  - HOME-101');
  });

  it.each([
    [['--as-of', '23/11/2026'], /^throughline: --as-of: /],
    [
      ['--links', 'tests/fixtures/maps/returns-v1.map.json'],
      /returns-v1\.map\.json: error \(document\): Invalid input: expected array/,
    ],
  ])('rejects %j with exit code 2', async (flags, message) => {
    const io = memoryIo();
    expect(await run(['map', 'rollup', map, ...flags], io)).toBe(2);
    expect(io.stderr).toMatch(message);
  });
});

describe('throughline map portfolio', () => {
  it('ranks journeys and explains the stages most in need', async () => {
    const io = memoryIo();
    const args = ['map', 'portfolio', map, 'tests/fixtures/maps/returns-v1.map.json', '-l', links];
    expect(await run([...args, '--as-of', '2026-11-23', '--top', '2'], io)).toBe(0);
    const journeys = io.stdout.split('Stages most in need:')[0] ?? '';
    expect(journeys).toMatch(/^1 +Broadband onboarding.* +OFF TRACK/m);
    expect(journeys).toMatch(/^2 +Returns & refunds/m);
    expect(io.stdout).toContain('1. First bill — Broadband onboarding');
    expect(io.stdout).toContain('underfunded: 1 open pain point and no active work');
    expect(io.stdout).not.toContain('\n  3. ');
  });

  it('prints the ranking as JSON', async () => {
    const io = memoryIo();
    expect(
      await run(
        ['map', 'portfolio', map, '-l', links, '--format', 'json', '--as-of', '2026-11-23'],
        io,
      ),
    ).toBe(0);
    const result = JSON.parse(io.stdout);
    expect(result.journeys[0]).toMatchObject({ rank: 1, key: 'broadband-onboarding' });
    expect(result.stages[0].reasons[0]).toMatchObject({ code: 'underfunded' });
  });

  it('rejects a --top that is not a positive whole number', async () => {
    const io = memoryIo();
    expect(await run(['map', 'portfolio', map, '--top', 'many'], io)).toBe(2);
    expect(io.stderr).toMatch(/^throughline: --top: /);
  });
});

describe('report output', () => {
  it.each([
    ['rollup', ['map', 'rollup', map, '-l', links]],
    ['portfolio', ['map', 'portfolio', map, '-l', links]],
  ])('%s writes its table to --out, whole, and says so', async (_, argv) => {
    const io = memoryIo();
    expect(await run([...argv, '--out', 'report.txt', '--as-of', '2026-11-23'], io)).toBe(0);
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe('wrote report.txt\n');
    expect(io.written.get('report.txt')).toMatch(/Broadband onboarding/);
  });

  it('refuses a --format it does not know, naming the ones it does', async () => {
    const io = memoryIo();
    expect(await run(['map', 'rollup', map, '--format', 'csv'], io)).toBe(2);
    expect(io.stderr).toMatch(/^throughline: --format: .*"table"\|"json"/);
  });
});

describe('reports read only maps that validate', () => {
  const broken = 'tests/fixtures/maps/broken-reference.map.json';

  it.each([
    ['rollup', ['map', 'rollup', broken]],
    ['portfolio', ['map', 'portfolio', map, broken]],
  ])(
    '%s refuses a map that does not validate, printing its errors as validate does',
    async (_, argv) => {
      const report = memoryIo();
      expect(await run(argv, report)).toBe(2);
      const validate = memoryIo();
      expect(await run(['map', 'validate', broken], validate)).toBe(2);
      expect(report.stderr).toBe(validate.stderr);
      expect(report.stdout).toBe('');
    },
  );

  it('refuses the same map given twice, by its id, whatever the file is called', async () => {
    const io = memoryIo();
    io.files.set('copy-of-onboarding.json', await repoText(map));
    expect(await run(['map', 'portfolio', map, 'copy-of-onboarding.json'], io)).toBe(2);
    expect(io.stderr).toBe(
      `throughline: copy-of-onboarding.json: is the same map as ${map} (map id "map-broadband-onboarding"): each journey counts once\n`,
    );
    const twice = memoryIo();
    expect(await run(['map', 'portfolio', map, map], twice)).toBe(2);
    expect(twice.stderr).toMatch(/: is given twice \(map id /);
  });

  it('reads the portfolio files one after another', async () => {
    const io = memoryIo();
    let open = 0;
    let most = 0;
    const read = io.readFile;
    io.readFile = async (path) => {
      open += 1;
      most = Math.max(most, open);
      await new Promise((done) => setTimeout(done, 5));
      try {
        return await read(path);
      } finally {
        open -= 1;
      }
    };
    const files = [map, 'tests/fixtures/maps/returns-v1.map.json'];
    expect(await run(['map', 'portfolio', ...files, '--format', 'json'], io)).toBe(0);
    expect(most).toBe(1);
  });

  it('keeps every figure finite, whatever the numbers in the links', async () => {
    const io = memoryIo();
    const list = JSON.parse(await repoText(links));
    for (const link of list) link.scope = 1e308;
    io.files.set('huge.json', JSON.stringify(list));
    expect(await run(['map', 'rollup', map, '-l', 'huge.json', '--format', 'json'], io)).toBe(0);
    const result = JSON.parse(io.stdout);
    expect(result.progress).toBeGreaterThan(0);
    expect(result.progress).toBeLessThanOrEqual(1);
    for (const stage of result.stages) {
      expect(stage.progress === null || Number.isFinite(stage.progress)).toBe(true);
    }
    const table = memoryIo();
    table.files.set('huge.json', JSON.stringify(list));
    expect(await run(['map', 'rollup', map, '-l', 'huge.json'], table)).toBe(0);
    expect(table.stdout).not.toMatch(/NaN|Infinity/);
  });
});
