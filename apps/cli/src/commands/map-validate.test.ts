import { describe, expect, it } from 'vitest';
import { memoryIo, repoText } from '../memory-io.test-support';
import { run } from '../program';

const sample = 'apps/cli/samples/broadband-onboarding.map.json';
const broken = 'tests/fixtures/maps/broken-reference.map.json';

describe('throughline map validate', () => {
  it('accepts the sample map and prints its warnings', async () => {
    const io = memoryIo();
    expect(await run(['map', 'validate', sample], io)).toBe(0);
    expect(io.stdout).toMatch(
      /valid journey map "Broadband onboarding.*" \(7 stages, 7 lanes, 59 items\)/,
    );
    expect(io.stdout).toContain('warning unplaced: 1 board item(s) found no cell');
    expect(io.stderr).toBe('');
  });

  it('rejects a map with a broken reference, naming the file and the reference', async () => {
    const io = memoryIo();
    expect(await run(['map', 'validate', broken], io)).toBe(2);
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe(
      `throughline: ${broken}: error items[4].stageId: refers to stage "stage-checkout", which is not in this map\n`,
    );
  });

  it('reads an old schema version', async () => {
    const io = memoryIo();
    expect(await run(['map', 'validate', 'tests/fixtures/maps/returns-v1.map.json'], io)).toBe(0);
    expect(io.stdout).toContain(
      'valid journey map "Returns & refunds" (3 stages, 3 lanes, 4 items)',
    );
  });

  it('prints diagnostics as JSON on request', async () => {
    const io = memoryIo();
    expect(await run(['map', 'validate', broken, '--format', 'json'], io)).toBe(2);
    const report = JSON.parse(io.stdout);
    expect(report).toMatchObject({ file: broken, valid: false });
    expect(report.diagnostics[0]).toMatchObject({
      code: 'dangling-reference',
      path: ['items', 4, 'stageId'],
    });
  });

  it.each([
    ['a missing file', 'nowhere.json', /^throughline: nowhere\.json: no such file\n$/],
    ['a folder', 'tests/fixtures', /^throughline: tests\/fixtures: is a folder\n$/],
    [
      'a file that is not JSON',
      'tests/fixtures/maps/not-json.map.json',
      /^throughline: tests\/fixtures\/maps\/not-json\.map\.json: error \(document\): not valid JSON/,
    ],
    [
      'JSON that is not a map',
      'package.json',
      /^throughline: package\.json: error schemaVersion: /,
    ],
  ])('rejects %s with one line and exit code 2', async (_, file, message) => {
    const io = memoryIo();
    expect(await run(['map', 'validate', file], io)).toBe(2);
    expect(io.stderr).toMatch(message);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stdout).toBe('');
  });

  it('lists every error when there are several', async () => {
    const io = memoryIo();
    const file = 'tests/fixtures/maps/two-errors.map.json';
    const map = JSON.parse(await repoText(broken));
    map.stages[1].key = map.stages[0].key;
    io.files.set(file, JSON.stringify(map));
    expect(await run(['map', 'validate', file], io)).toBe(2);
    const lines = io.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      `throughline: ${file}: error stages[1].key: key "discover" is already used by stages[0]`,
    );
    expect(lines[1]).toContain(`throughline: ${file}: error items[4].stageId: refers to stage`);
  });
});
