// Entry point of the `throughline` command.
import { ExitCode } from './cli-error';
import { processIo } from './io';
import { run } from './program';
import { terminalText } from './render/terminal-text';

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // `throughline … | head` closes the pipe early: that is the reader's choice, not a failure.
  if (error.code === 'EPIPE') process.exit(ExitCode.ok);
  // Anything else (a full disk behind `> file`) means the output is incomplete: say so in one line.
  process.stderr.write(
    `throughline: cannot write to standard output: ${terminalText(error.message)}\n`,
  );
  process.exit(ExitCode.unexpected);
});

process.exitCode = await run(process.argv.slice(2), processIo());
