import { describe, expect, it } from 'vitest';
import { memoryIo } from '../memory-io.test-support';
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
    expect(await run(['map', 'rollup', map, '--links', links, '--json'], io)).toBe(0);
    const rollup = JSON.parse(io.stdout);
    expect(rollup.asOf).toBe('2030-01-01');
    expect(rollup.overdue).toBe(7);
  });

  it('shows a map with no links as having no work', async () => {
    const io = memoryIo();
    expect(await run(['map', 'rollup', map, '--json'], io)).toBe(0);
    const rollup = JSON.parse(io.stdout);
    expect(rollup.counts.total).toBe(0);
    expect(rollup.health).toBe('none');
  });

  it('lists linked work whose stage is not on the map', async () => {
    const io = memoryIo();
    const original = io.readText;
    io.readText = async (path) => {
      const text = await original(path);
      if (!path.endsWith('links.json')) return text;
      const list = JSON.parse(text);
      list[0].stageId = 'stage-retired';
      return JSON.stringify(list);
    };
    expect(await run(['map', 'rollup', map, '-l', links], io)).toBe(0);
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
      await run(['map', 'portfolio', map, '-l', links, '--json', '--as-of', '2026-11-23'], io),
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
