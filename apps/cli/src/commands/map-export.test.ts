import { CURRENT_SCHEMA_VERSION, parseMapJson } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../memory-io.test-support';
import { run } from '../program';

const sample = 'apps/cli/samples/broadband-onboarding.map.json';

describe('throughline map export', () => {
  it('prints the stored JSON form, which reads back to the same map', async () => {
    const io = memoryIo();
    expect(await run(['map', 'export', sample, '--format', 'json'], io)).toBe(0);
    const reread = parseMapJson(io.stdout);
    expect(reread.ok && reread.value.items).toHaveLength(59);
  });

  it('writes CSV with a header, one row per item and one per unplaced sticky, to --out', async () => {
    const io = memoryIo();
    expect(await run(['map', 'export', sample, '-f', 'csv', '--out', 'onboarding.csv'], io)).toBe(
      0,
    );
    const csv = io.written.get('onboarding.csv') ?? '';
    // 59 items and the one sticky that found no cell.
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + 59 + 1);
    expect(csv.trimEnd().split('\r\n').at(-1)).toMatch(/,outside-grid$/);
    expect(csv).toContain('Asks neighbours which provider they use');
    expect(io.stdout).toBe('');
    expect(io.stderr).toBe('wrote onboarding.csv\n');
  });

  it('writes a Markdown table with a column per stage', async () => {
    const io = memoryIo();
    expect(await run(['map', 'export', sample, '--format', 'md'], io)).toBe(0);
    expect(io.stdout).toMatch(/^# Broadband onboarding/);
    expect(io.stdout).toContain('| Lane | Discover | Compare plans | Sign up | Installation |');
    expect(io.stdout).toContain('| **Feeling** (emotions) | Curious (emotion 0.3) |');
  });

  it('draws an SVG picture of the map to --out: every stage and lane named, the curve, pain marks', async () => {
    const io = memoryIo();
    expect(await run(['map', 'export', sample, '-f', 'svg', '-o', 'onboarding.svg'], io)).toBe(0);
    const svg = io.written.get('onboarding.svg') ?? '';
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    for (const stage of ['Discover', 'Compare plans', 'Sign up', 'Installation', 'Get help']) {
      expect(svg).toContain(`>${stage}</text>`);
    }
    for (const lane of ['Doing', 'Channels', 'Thinking', 'Feeling', 'Pain points', 'Ideas']) {
      expect(svg).toContain(`>${lane}</text>`);
    }
    expect(svg.match(/<polyline /g)).toHaveLength(1);
    expect(svg).toContain('>P5 · severity 5/5</text>');
    expect(svg).toContain('1 sticky found no cell');
    expect(io.stderr).toBe('wrote onboarding.svg\n');
  });

  it('upgrades an old map on the way out', async () => {
    const io = memoryIo();
    expect(
      await run(['map', 'export', 'tests/fixtures/maps/returns-v1.map.json', '-f', 'json'], io),
    ).toBe(0);
    expect(JSON.parse(io.stdout)).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      key: 'returns-refunds',
    });
  });

  it.each([
    [
      ['--format', 'pdf'],
      /^throughline: --format: Invalid option: expected one of "json"\|"csv"\|"md"\|"svg"\n$/,
    ],
    [[], /^throughline: required option '-f, --format <format>' not specified\n$/],
  ])('rejects flags %j with one line and exit code 2', async (flags, message) => {
    const io = memoryIo();
    expect(await run(['map', 'export', sample, ...flags], io)).toBe(2);
    expect(io.stderr).toMatch(message);
    expect(io.stdout).toBe('');
  });

  it('refuses to export a map with broken references', async () => {
    const io = memoryIo();
    const broken = 'tests/fixtures/maps/broken-reference.map.json';
    expect(await run(['map', 'export', broken, '-f', 'csv', '-o', 'out.csv'], io)).toBe(2);
    expect(io.stderr).toMatch(
      /broken-reference\.map\.json: error items\[4\]\.stageId: .*stage-checkout/,
    );
    expect(io.written.size).toBe(0);
  });

  it('says when the output cannot be written', async () => {
    const io = memoryIo();
    expect(
      await run(['map', 'export', sample, '-f', 'md', '-o', 'missing-folder/map.md'], io),
    ).toBe(2);
    expect(io.stderr).toBe(
      'throughline: missing-folder/map.md: cannot be written (no such folder); nothing was changed\n',
    );
  });
});
