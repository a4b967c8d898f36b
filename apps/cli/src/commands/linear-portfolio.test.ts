import { HEALTH_LABEL, PROJECTS_PAGE_SIZE } from '@throughline/linear';
import { sampleWorkspace } from '@throughline/platform-fakes';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memoryIo } from '../memory-io.test-support';
import { run } from '../program';
import { SGR } from '../render/text-table';
import { linearEnv, linearServer, operations } from './linear-fake.test-support';

const { serve } = linearServer();

/** The text with the table's own SGR sequences taken out (reset, bold and its colours). */
const withoutOurColours = (text: string): string =>
  ['0', ...Object.values(SGR)].reduce((rest, code) => rest.replaceAll(`\u001b[${code}m`, ''), text);

/** Characters a terminal would act on rather than show (newlines end lines, so they stay). */
const unsafeCharacters = (text: string): string[] =>
  [...text].filter((character) => {
    const code = character.codePointAt(0) ?? 0;
    return (code < 0x20 && character !== '\n') || code === 0x7f || code === 0x202e;
  });
const io = (extra: Record<string, string> = {}) =>
  memoryIo('2026-11-23', { ...linearEnv, ...extra });

const Health = z.enum(['offTrack', 'atRisk', 'onTrack', 'unknown', 'none']);
const Progress = z.number().min(0).max(1).nullable();
/** The portfolio's JSON as issue 10 promises it to whoever reads it. */
const PortfolioContract = z.object({
  journeys: z.array(
    z.object({
      name: z.string(),
      health: Health,
      progress: Progress,
      stages: z.array(
        z.object({
          name: z.string(),
          health: Health,
          progress: Progress,
          overdue: z.number().int().min(0),
          projects: z.array(z.object({ id: z.string() })),
        }),
      ),
    }),
  ),
  unlinked: z.array(z.object({ id: z.string() })),
});

describe('linear portfolio', () => {
  it('writes the JSON contract: journeys by label group, stages by label, projects in no journey', async () => {
    serve({ seed: sampleWorkspace({ projects: 70, archived: 5 }) });
    const memory = io();
    const code = await run(
      ['linear', 'portfolio', '--format', 'json', '--as-of', '2026-03-01'],
      memory,
    );
    expect(memory.stderr).toBe('');
    expect(code).toBe(0);
    const document = PortfolioContract.parse(JSON.parse(memory.stdout));
    expect(document.journeys.map((journey) => journey.name)).toEqual([
      'Onboarding',
      'Checkout',
      'Support',
    ]);
    expect(document.journeys[0]?.stages.map((stage) => stage.name)).toEqual([
      'Discover',
      'Sign up',
      'First value',
      'Habit',
    ]);
    // Every seventh project carries no journey label; archived ones are left out altogether.
    expect(document.unlinked.map((project) => project.id)).toEqual(
      Array.from({ length: 10 }, (_, n) => `project-${7 * n + 7}`),
    );
    const placed = document.journeys.flatMap((j) => j.stages.flatMap((s) => s.projects));
    expect(placed).toHaveLength(60);
    expect(placed.some((project) => Number(project.id.slice(8)) > 70)).toBe(false);
    expect(document.journeys.some((j) => j.stages.some((s) => s.overdue > 0))).toBe(true);
  });

  it(`reads 1,000 projects in ⌈1000/${PROJECTS_PAGE_SIZE}⌉ requests, with progress on stderr`, async () => {
    const fake = serve({ seed: sampleWorkspace({ projects: 1000 }) });
    const memory = io();
    memory.errIsTerminal = true;
    expect(await run(['linear', 'portfolio', '--format', 'json'], memory)).toBe(0);
    expect(operations(fake, 'ThroughlineProjectsPage')).toHaveLength(
      Math.ceil(1000 / PROJECTS_PAGE_SIZE),
    );
    expect(fake.requests).toHaveLength(Math.ceil(1000 / PROJECTS_PAGE_SIZE) + 1);
    expect(memory.stderr).toContain('reading Linear projects: 1,000 items in 10 pages');
    expect(memory.stderr.endsWith('\n')).toBe(true);
  });

  it('waits out RATELIMITED and carries on', async () => {
    const fake = serve({
      seed: sampleWorkspace({ projects: 250 }),
      rateLimitFirst: 2,
      retryAfter: 0,
    });
    const memory = io();
    expect(await run(['linear', 'portfolio', '--format', 'json'], memory)).toBe(0);
    expect(fake.requests.filter((request) => request.status === 400)).toHaveLength(2);
    expect(memory.stderr).toMatch(/Linear projects: HTTP 400; retrying now/);
    expect(PortfolioContract.parse(JSON.parse(memory.stdout)).journeys).toHaveLength(3);
  });

  it('fails with exit 1 and one line saying what was read when Linear keeps refusing', async () => {
    serve({ seed: sampleWorkspace({ projects: 300 }), rateLimitOn: [3], retryAfter: 0 });
    const memory = io();
    const out = ['--out', 'portfolio.json'];
    expect(await run(['linear', 'portfolio', '--retries', '0', ...out], memory)).toBe(1);
    expect(memory.stderr.split('\n')).toHaveLength(2);
    expect(memory.stderr).toMatch(
      /^throughline: Reading page 3 of the projects failed: .*2 pages \(200 projects\) had been read, the rest was not\n$/,
    );
    expect(memory.written.size).toBe(0);
    expect(memory.stdout).toBe('');
  });

  it('asks for LINEAR_API_KEY in one line, exit 2', async () => {
    const memory = memoryIo('2026-11-23', {});
    expect(await run(['linear', 'portfolio'], memory)).toBe(2);
    expect(memory.stderr).toMatch(/^throughline: Set LINEAR_API_KEY to [^\n]*\n$/);
  });

  it('asks for the Jira credentials in one line, exit 2, when JIRA_URL is set with a map', async () => {
    serve({ seed: sampleWorkspace({ projects: 3 }) });
    const memory = io({ JIRA_URL: 'https://cli-linear.atlassian.net' });
    const map = ['--map', 'apps/cli/samples/broadband-onboarding.map.json'];
    expect(await run(['linear', 'portfolio', ...map], memory)).toBe(2);
    expect(memory.stderr).toMatch(/^throughline: set JIRA_EMAIL, JIRA_API_TOKEN: [^\n]*\n$/);
    expect(memory.stdout).toBe('');
  });

  it.each([
    [['--as-of', '2026-13-01'], /^throughline: --as-of: /],
    [['--format', 'xml'], /^throughline: --format: /],
    [['--map', 'no-such.map.json'], /^throughline: no-such\.map\.json: no such file\n$/],
    [
      ['--map', 'tests/fixtures/maps/not-json.map.json'],
      /^throughline: tests\/fixtures\/maps\/not-json/,
    ],
    [
      ['--link-maps', 'javascript:alert(1)'],
      /^throughline: --link-maps: must be an http or https URL/,
    ],
    [['--retries', 'many'], /^throughline: --retries: /],
  ])('refuses %j in one line, exit 2, with nothing sent or written', async (flags, message) => {
    const fake = serve({ seed: sampleWorkspace({ projects: 3 }) });
    const memory = io();
    expect(await run(['linear', 'portfolio', ...flags, '--out', 'p.json'], memory)).toBe(2);
    expect(memory.stderr).toMatch(message);
    expect(memory.stderr.split('\n')).toHaveLength(2);
    expect(fake.requests).toEqual([]);
    expect(memory.written.size).toBe(0);
    expect(memory.stdout).toBe('');
  });
});

describe('linear portfolio with hostile names', () => {
  const HOSTILE = 'Evil\u001b[2J\u001b]0;pwned\u0007 <script>alert(1)</script> \u202eyxes';
  const seed = {
    labels: [
      { id: 'group', name: `Journey: ${HOSTILE}`, isGroup: true },
      { id: 'stage', name: `Stage ${HOSTILE}`, parentId: 'group' },
    ],
    projects: [
      { id: 'p-1', name: `On stage ${HOSTILE}`, labelIds: ['stage'], health: 'atRisk' as const },
      { id: 'p-2', name: `Unlinked ${HOSTILE}`, labelIds: [] },
    ],
  };

  it('shows them as visible escapes in the coloured table, the only escapes being its own colours', async () => {
    serve({ seed });
    const memory = io({ FORCE_COLOR: '1' });
    expect(await run(['linear', 'portfolio', '--as-of', '2026-11-23'], memory)).toBe(0);
    const text = memory.stdout;
    // Colour is on, so escapes are there: each one a plain SGR colour of ours.
    // The same words as the HTML page's, from the adapter.
    expect(text).toContain(`\u001b[33m${HEALTH_LABEL.atRisk}`);
    expect(text).toContain('\u001b[33mAt risk');
    expect(unsafeCharacters(withoutOurColours(text))).toEqual([]);
    expect(text).toContain('Evil\\x1b[2J\\x1b]0;pwned\\x07');
    expect(text).toContain('\\u202eyxes');
    expect(text).toContain('Unlinked Evil');
  });

  it('prints no colour at all when NO_COLOR is set or the output is a file', async () => {
    serve({ seed });
    const memory = io({ FORCE_COLOR: '1', NO_COLOR: '1' });
    expect(await run(['linear', 'portfolio'], memory)).toBe(0);
    expect(memory.stdout).not.toContain('\u001b');
  });

  it('escapes them in the HTML page', async () => {
    serve({ seed });
    const memory = io();
    expect(await run(['linear', 'portfolio', '--format', 'html', '--out', 'p.html'], memory)).toBe(
      0,
    );
    const page = memory.written.get('p.html') ?? '';
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain('On stage Evil');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;');
    expect(memory.stderr).toBe('wrote p.html\n');
  });
});

describe('linear portfolio --link-maps', () => {
  it('links each journey project to its map once; a second run creates nothing', async () => {
    const fake = serve({ seed: sampleWorkspace({ projects: 21 }) });
    const args = [
      'linear',
      'portfolio',
      '--format',
      'json',
      '--link-maps',
      'https://maps.example.com/j/',
    ];
    const first = io();
    expect(await run(args, first)).toBe(0);
    // 21 projects, every seventh in no journey.
    expect(fake.workspace.links.size).toBe(18);
    expect(first.stderr).toMatch(/map links: 18 created, 0 already there\n$/);
    const urls = new Set([...fake.workspace.links.values()].map((link) => link.url));
    expect(urls).toEqual(
      new Set(
        ['onboarding', 'checkout', 'support'].map((key) => `https://maps.example.com/j/${key}`),
      ),
    );
    fake.clearLog();
    const second = io();
    expect(await run(args, second)).toBe(0);
    expect(operations(fake, 'ThroughlineCreateExternalLink')).toEqual([]);
    expect(fake.workspace.links.size).toBe(18);
    expect(second.stderr).toBe('map links: 0 created, 18 already there\n');
  });
});

describe('linear portfolio --link-maps on a project with more links than a page reads', () => {
  it('fails in one line, exit 1, naming the project, and links nothing twice', async () => {
    const seed = sampleWorkspace({ projects: 1 });
    const [project] = seed.projects ?? [];
    const links = Array.from({ length: 21 }, (_, n) => ({
      url: `https://elsewhere.example/${n}`,
      label: `Elsewhere ${n}`,
    }));
    const fake = serve({
      seed: { ...seed, projects: [{ ...project, name: 'Crowded', externalLinks: links }] },
    });
    const memory = io();
    const args = ['linear', 'portfolio', '--link-maps', 'https://maps.example.com/j/'];
    expect(await run(args, memory)).toBe(1);
    expect(memory.stderr).toMatch(
      /^throughline: Project Crowded \([^)]*\) carries more than the 20 external links [^\n]*\n$/m,
    );
    expect(operations(fake, 'ThroughlineCreateExternalLink')).toEqual([]);
    expect(memory.stdout).toBe('');
  });
});
