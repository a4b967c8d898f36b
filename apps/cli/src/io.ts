// What a command may touch outside itself, passed in so tests can run commands in memory.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

export interface Io {
  /** The folder relative paths are read from: where the user typed the command. */
  cwd: string;
  /** Today, `YYYY-MM-DD`: the date rollups count overdue work against. */
  today: string;
  /** Environment variables: credentials (`MIRO_TOKEN`) and API base URLs come only from here. */
  env: Readonly<Record<string, string | undefined>>;
  out(text: string): void;
  err(text: string): void;
  readText(path: string): Promise<string>;
  writeText(path: string, text: string): Promise<void>;
}

export function processIo(): Io {
  // pnpm runs root scripts from the workspace root; INIT_CWD is where the user was.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  return {
    cwd,
    today: new Date().toISOString().slice(0, 10),
    env: process.env,
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    readText: (path) => readFile(resolve(cwd, path), 'utf8'),
    writeText: (path, text) => writeFile(resolve(cwd, path), text, 'utf8'),
  };
}
