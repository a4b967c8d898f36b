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
}

export function memoryIo(today = '2026-11-23', env: Record<string, string> = {}): MemoryIo {
  const io: MemoryIo = {
    cwd: repoRoot,
    today,
    env,
    stdout: '',
    stderr: '',
    written: new Map(),
    out: (text) => {
      io.stdout += text;
    },
    err: (text) => {
      io.stderr += text;
    },
    readText: (path) => readFile(resolve(repoRoot, path), 'utf8'),
    writeText: async (path, text) => {
      if (path.startsWith('missing-folder/')) {
        throw Object.assign(new Error('no such folder'), { code: 'ENOENT' });
      }
      io.written.set(path, text);
    },
  };
  return io;
}
