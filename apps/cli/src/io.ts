// What a command may touch outside itself, passed in so tests can run commands in memory.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFileAtomically } from './atomic-file';

export interface Io {
  /** The folder relative paths are read from: where the user typed the command. */
  cwd: string;
  /** Today, `YYYY-MM-DD`: the date rollups count overdue work against. */
  today: string;
  /** Environment variables: credentials (`MIRO_TOKEN`) and API base URLs come only from here. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal: progress is redrawn in place there and printed as lines elsewhere. */
  errIsTerminal: boolean;
  out(text: string): void;
  err(text: string): void;
  /** A file's bytes: the caller decodes them, so that bad UTF-8 is refused rather than patched. */
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a whole file or nothing: the old file stays as it was if anything fails. */
  writeFile(path: string, text: string): Promise<void>;
}

/** The calendar date where the process runs (its time zone, `TZ`), as a person at the terminal says today. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function processIo(): Io {
  // pnpm runs root scripts from the workspace root; INIT_CWD is where the user was.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return {
    cwd,
    today: localDate(new Date()),
    env: process.env,
    errIsTerminal: process.stderr.isTTY === true,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readFile: (path) => readFile(resolve(cwd, path)),
    writeFile: (path, text) => writeFileAtomically(resolve(cwd, path), text),
  };
}
