import { describe, expect, it } from 'vitest';
import { memoryIo, repoText } from '../memory-io.test-support';
import { run } from '../program';
import { linearEnv, linearServer, operations } from './linear-fake.test-support';

const { serve } = linearServer();
const map = 'apps/cli/samples/broadband-onboarding.map.json';
const GROUP = 'Journey: Broadband onboarding: from first search to first bill';
const STAGES = [
  'Discover',
  'Compare plans',
  'Sign up',
  'Installation',
  'First week online',
  'First bill',
  'Get help',
];

const labelsOf = (fake: ReturnType<typeof serve>) => [...fake.workspace.labels.values()];

describe('linear labels', () => {
  it('creates the journey group and a label per stage; a second run creates nothing', async () => {
    const fake = serve({ seed: {} });
    const first = memoryIo('2026-11-23', linearEnv);
    expect(await run(['linear', 'labels', '--map', map], first)).toBe(0);
    const [group, ...children] = labelsOf(fake);
    expect(group).toMatchObject({ name: GROUP, isGroup: true });
    expect(children.map((label) => [label.name, label.parentId])).toEqual(
      STAGES.map((name) => [name, group?.id]),
    );
    expect(first.stdout).toMatch(/^created label group "Journey: Broadband onboarding[^\n]*"\n/);
    expect(first.stdout).toMatch(/labels: 8 created, 0 already there\n$/);

    fake.clearLog();
    const second = memoryIo('2026-11-23', linearEnv);
    expect(await run(['linear', 'labels', '--map', map], second)).toBe(0);
    expect(operations(fake, 'ThroughlineCreateProjectLabel')).toEqual([]);
    expect(labelsOf(fake)).toHaveLength(8);
    expect(second.stdout).toMatch(/labels: 0 created, 8 already there\n$/);
  });

  it('matches what exists case-insensitively, by journey title or key and by stage name or key', async () => {
    const fake = serve({
      seed: {
        labels: [
          { id: 'g', name: 'journey: BROADBAND-ONBOARDING', isGroup: true },
          { id: 'l1', name: 'discover', parentId: 'g' },
          { id: 'l2', name: 'SIGN-UP', parentId: 'g' },
          { id: 'other', name: 'Installation' },
        ],
      },
    });
    const memory = memoryIo('2026-11-23', linearEnv);
    expect(await run(['linear', 'labels', '--map', map], memory)).toBe(0);
    const created = labelsOf(fake).slice(4);
    expect(created.map((label) => [label.name, label.parentId])).toEqual(
      ['Compare plans', 'Installation', 'First week online', 'First bill', 'Get help'].map(
        (name) => [name, 'g'],
      ),
    );
    expect(memory.stdout).toContain(
      'label group "journey: BROADBAND-ONBOARDING" was already there',
    );
    expect(memory.stdout).toMatch(/labels: 5 created, 3 already there\n$/);
  });

  it('refuses a missing or broken map in one line, exit 2, before asking Linear anything', async () => {
    const fake = serve({ seed: {} });
    const broken = JSON.parse(await repoText(map));
    broken.stages[0].id = broken.stages[1].id;
    for (const [flags, message] of [
      [[], /^throughline: required option '-m, --map <file>' not specified\n$/],
      [['--map', 'gone.json'], /^throughline: gone\.json: no such file\n$/],
      [['--map', 'broken.json'], /^throughline: broken\.json: /],
    ] as const) {
      const memory = memoryIo('2026-11-23', linearEnv);
      memory.files.set('broken.json', JSON.stringify(broken));
      expect(await run(['linear', 'labels', ...flags], memory)).toBe(2);
      expect(memory.stderr).toMatch(message);
    }
    expect(fake.requests).toEqual([]);
  });

  it('fails in one line, exit 1, when Linear keeps failing', async () => {
    serve({ seed: {}, rateLimitFirst: 5, retryAfter: 0 });
    const memory = memoryIo('2026-11-23', linearEnv);
    expect(await run(['linear', 'labels', '--map', map, '--retries', '1'], memory)).toBe(1);
    expect(memory.stderr).toMatch(
      /^throughline: Reading page 1 of the project label groups failed: [^\n]*\n$/,
    );
    expect(memory.stdout).toBe('');
  });
});
