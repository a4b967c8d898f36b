import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createJiraRestFake } from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryIo, repoRoot } from '../memory-io.test-support';
import { run } from '../program';

const SITE = 'https://cli-link.atlassian.net';
const env = { JIRA_URL: SITE, JIRA_EMAIL: 'ana@example.com', JIRA_API_TOKEN: 'cli-token-42' };
const map = 'apps/cli/samples/broadband-onboarding.map.json';
const spec = JSON.parse(
  await readFile(resolve(repoRoot, 'tests/contract/specs/jira/swagger-v3.v3.json'), 'utf8'),
);
const fake = createJiraRestFake({
  baseUrl: SITE,
  spec,
  issues: [{ key: 'HOME-1' }, { key: 'HOME-2' }, { key: 'HOME-3' }],
  users: [
    {
      ...{ accountId: 'u-1', email: env.JIRA_EMAIL, apiToken: env.JIRA_API_TOKEN },
      canEdit: ['HOME-1', 'HOME-3'],
    },
  ],
});
const server = setupServer(...fake.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  expect(fake.violations).toEqual([]);
  fake.clearLog();
});
afterAll(() => server.close());

const stored = (key: string) => fake.issue(key)?.properties.get('throughline-links');

describe('throughline jira link / unlink', () => {
  it('links by stage name and pain point key, then unlinks, reading and writing the property', async () => {
    const io = memoryIo('2026-11-23', env);
    const args = ['HOME-1', '--map', map, '--stage', 'sign up', '--pain-point', 'form-loses-data'];
    expect(await run(['jira', 'link', ...args], io), io.stderr).toBe(0);
    expect(io.stdout).toBe(
      'HOME-1: linked to pain point "Order form loses data" of stage "Sign up" of "Broadband onboarding: from first search to first bill"\n',
    );
    expect(stored('HOME-1')).toEqual({
      links: [
        {
          mapId: 'map-broadband-onboarding',
          stageId: 'stage-sign-up',
          painPointId: 'pain-form-loses-data',
        },
      ],
      mapIds: ['map-broadband-onboarding'],
      stageIds: ['stage-sign-up'],
      painPointIds: ['pain-form-loses-data'],
      stageRefs: ['map-broadband-onboarding/stage-sign-up'],
    });
    const again = memoryIo('2026-11-23', env);
    expect(await run(['jira', 'link', ...args], again)).toBe(0);
    expect(again.stdout).toMatch(/^HOME-1: already linked to/);
    const unlink = memoryIo('2026-11-23', env);
    expect(await run(['jira', 'unlink', ...args], unlink)).toBe(0);
    expect(unlink.stdout).toMatch(/^HOME-1: unlinked from pain point/);
    expect(stored('HOME-1')).toBeUndefined();
    expect(fake.writes().map((request) => request.method)).toEqual(['PUT', 'DELETE']);
  });

  it('links a stage by id or key alone', async () => {
    for (const stage of ['stage-install', 'INSTALL']) {
      const io = memoryIo('2026-11-23', env);
      expect(await run(['jira', 'link', 'HOME-3', '-m', map, '-s', stage], io), io.stderr).toBe(0);
    }
    expect(stored('HOME-3')).toMatchObject({ stageIds: ['stage-install'], painPointIds: [] });
    expect(fake.writes()).toHaveLength(1);
  });

  it('says in one line that a user without edit permission cannot link, exit 2, nothing written', async () => {
    const io = memoryIo('2026-11-23', env);
    expect(await run(['jira', 'link', 'HOME-2', '--map', map, '--stage', 'discover'], io)).toBe(2);
    expect(io.stderr).toBe(
      'throughline: You may not edit issue HOME-2, so its journey links were not changed\n',
    );
    expect(fake.writes()).toEqual([]);
    expect(stored('HOME-2')).toBeUndefined();
  });

  it.each([
    [
      ['--stage', 'nowhere'],
      /--stage nowhere: no such entry on the map; choose from discover \(Discover\), compare/,
    ],
    [
      ['--stage', 'discover', '--pain-point', 'form-loses-data'],
      /--pain-point form-loses-data: no such entry on the map; choose from coverage-unclear/,
    ],
  ])(
    'refuses %j before asking Jira anything, listing the choices (exit 2)',
    async (flags, message) => {
      const io = memoryIo('2026-11-23', env);
      expect(await run(['jira', 'link', 'HOME-1', '--map', map, ...flags], io)).toBe(2);
      expect(io.stderr).toMatch(message);
      expect(fake.requests).toEqual([]);
    },
  );

  it('refuses a bad issue key, missing credentials and an invalid map before any request', async () => {
    const bad = memoryIo('2026-11-23', env);
    expect(await run(['jira', 'link', '../HOME-1', '-m', map, '-s', 'discover'], bad)).toBe(2);
    expect(bad.stderr).toMatch(/is not a Jira issue key/);
    const noEnv = memoryIo();
    expect(await run(['jira', 'link', 'HOME-1', '-m', map, '-s', 'discover'], noEnv)).toBe(2);
    expect(noEnv.stderr).toMatch(/^throughline: set JIRA_URL, JIRA_EMAIL, JIRA_API_TOKEN/);
    const invalid = memoryIo('2026-11-23', env);
    const broken = JSON.parse(await readFile(resolve(repoRoot, map), 'utf8'));
    broken.painPoints[0].stageId = 'stage-gone';
    invalid.files.set('broken.json', JSON.stringify(broken));
    expect(
      await run(['jira', 'link', 'HOME-1', '-m', 'broken.json', '-s', 'discover'], invalid),
    ).toBe(2);
    expect(invalid.stderr).toMatch(/^throughline: broken\.json: error/m);
    expect(fake.requests).toEqual([]);
  });

  it('reports a wrong token as one line without the token (exit 2)', async () => {
    const io = memoryIo('2026-11-23', { ...env, JIRA_API_TOKEN: 'not-the-token-99' });
    expect(await run(['jira', 'link', 'HOME-1', '-m', map, '-s', 'discover'], io)).toBe(2);
    expect(io.stderr).toMatch(
      /^throughline: HOME-1: GET https:\/\/cli-link\.atlassian\.net\/rest\/api\/3\/mypermissions was refused with HTTP 401: Client must be authenticated/,
    );
    expect(io.stderr).not.toContain('not-the-token-99');
    expect(io.stderr.split('\n')).toHaveLength(2);
  });
});
