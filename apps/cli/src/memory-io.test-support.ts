// An Io for tests: reads real files under the repository, captures output and writes in memory.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Io } from './io';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export interface MemoryIo extends Io {
  stdout: string;
  stderr: string;
  written: Map<string, string>;
  /** Files that exist only in the test, read before the repository's: text or raw bytes. */
  files: Map<string, string | Uint8Array>;
}

export function memoryIo(today = '2026-11-23', env: Record<string, string> = {}): MemoryIo {
  const io: MemoryIo = {
    cwd: repoRoot,
    today,
    env,
    errIsTerminal: false,
    stdout: '',
    stderr: '',
    written: new Map(),
    files: new Map(),
    out: (text) => {
      io.stdout += text;
    },
    err: (text) => {
      io.stderr += text;
    },
    readFile: async (path) => {
      const file = io.files.get(path);
      if (file === undefined) return readFile(resolve(repoRoot, path));
      return typeof file === 'string' ? new TextEncoder().encode(file) : file;
    },
    writeFile: async (path, text) => {
      if (path.startsWith('missing-folder/')) {
        throw Object.assign(new Error('no such folder'), { code: 'ENOENT' });
      }
      io.written.set(path, text);
    },
  };
  return io;
}

/** The text of a repository file, for tests that change it before a command reads it. */
export const repoText = (path: string): Promise<string> =>
  readFile(resolve(repoRoot, path), 'utf8');
