// The Linear workspace the terminal talks to: LINEAR_API_KEY (and LINEAR_API_URL to point elsewhere).
import {
  createLinearClient,
  type LinearClient,
  LinearClientError,
  linearOptionsFromEnv,
} from '@throughline/linear';
import type { HttpEventListener, HttpLimits } from '@throughline/platform-http';
import { CliError, ExitCode } from '../cli-error';
import type { Io } from '../io';
import { LIMIT_FLAGS } from '../live-read';

export interface LinearConnectOptions {
  limits?: Partial<HttpLimits>;
  onEvent?: HttpEventListener;
}

/** A client for the workspace in the environment; a missing key or bad URL is one line and exit 2. */
export function connectLinearWorkspace(io: Io, options: LinearConnectOptions = {}): LinearClient {
  try {
    return createLinearClient({
      ...linearOptionsFromEnv(io.env),
      limitFlags: LIMIT_FLAGS,
      ...(options.limits === undefined ? {} : { limits: options.limits }),
      ...(options.onEvent === undefined ? {} : { onEvent: options.onEvent }),
    });
  } catch (error) {
    throw linearFailure(error);
  }
}

/** A client error as the CLI reports it: exit 2 when the user can fix it, 1 otherwise. */
export function linearFailure(error: unknown): unknown {
  if (!(error instanceof LinearClientError)) return error;
  const exitCode = error.isUserFixable ? ExitCode.badInput : ExitCode.unexpected;
  return new CliError(error.message, exitCode);
}
