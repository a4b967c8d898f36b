// The one way a command fails: a message for stderr and the exit code the shell sees.

/** Exit codes: 2 for input the user can fix (bad file, bad flag), 1 for anything unexpected. */
export const ExitCode = { ok: 0, unexpected: 1, badInput: 2 } as const;

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ExitCode.badInput,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
