import { describe, expect, it } from 'vitest';
import { SAMPLE_AS_OF } from './commands/demo';
import { memoryIo } from './memory-io.test-support';
import { run } from './program';

describe('throughline', () => {
  it.each([
    [[], /Usage: throughline \[options\] \[command\]/],
    [['--help'], /Commands:\n +map +check, export and report/],
    [['map', '--help'], /validate \[options\] <file>/],
    [['map', 'validate', '--help'], /-f, --format <format> +text or json/],
    [['map', 'export', '--help'], /-f, --format <format> +json, csv, md or svg/],
    [['miro', 'convert', '--help'], /-f, --format <format> +json, csv, md or svg/],
    [['map', 'rollup', '--help'], /--as-of <date>/],
    [['map', 'portfolio', '--help'], /--top <n>/],
    [['demo', '--help'], /bundled sample journey/],
  ])('%j prints help', async (argv, help) => {
    const io = memoryIo();
    expect(await run(argv, io)).toBe(0);
    expect(io.stdout).toMatch(help);
  });

  it.each([
    [['mpa'], /^throughline: unknown command 'mpa'/],
    [['map', 'validate'], /^throughline: missing required argument 'file'\n$/],
    [['map', 'validate', 'a.json', '--strict'], /^throughline: unknown option '--strict'\n$/],
  ])('%j is a usage error: one line, exit code 2', async (argv, message) => {
    const io = memoryIo();
    expect(await run(argv, io)).toBe(2);
    expect(io.stderr).toMatch(message);
    expect(io.stdout).toBe('');
  });

  it('reports a file it cannot read as bad input', async () => {
    const io = memoryIo();
    io.readFile = () => Promise.reject(Object.assign(new Error('denied'), { code: 'EACCES' }));
    expect(await run(['map', 'validate', 'locked.json'], io)).toBe(2);
    expect(io.stderr).toBe('throughline: locked.json: cannot be read\n');
  });

  it('reports an unexpected failure with exit code 1', async () => {
    const io = memoryIo();
    io.out = () => {
      throw new Error('stdout closed');
    };
    expect(await run(['demo'], io)).toBe(1);
    expect(io.stderr).toBe('throughline: unexpected failure: stdout closed\n');
  });

  it('demo rolls up and ranks the bundled sample as of its snapshot date', async () => {
    const io = memoryIo();
    expect(await run(['demo'], io)).toBe(0);
    expect(io.stdout).toContain(
      `Broadband onboarding: from first search to first bill (as of ${SAMPLE_AS_OF})`,
    );
    expect(io.stdout).toContain('Journeys ranked for investment');
    expect(io.stdout).toContain(
      'This is the bundled sample (59 board items, 11 linked issues and projects).',
    );
  });
});
