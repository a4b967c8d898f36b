// Writing a file whole or not at all: the text goes to a temporary file beside the target, is
// flushed to disk, then renamed over it. A full disk, a crash or a kill leaves the old file as it
// was, and a failed write removes its temporary file.
import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// Not write-file-atomic: its version for Node 20 reports success after a short write on a full
// disk (it writes once and ignores the count written), leaving a truncated file in place.
export async function writeFileAtomically(path: string, text: string): Promise<void> {
  // Beside the target, so the rename stays on one file system; hidden, so a crash leaves no clutter in listings.
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  // A replaced file keeps its permissions; a new one gets the usual rw-r--r--.
  const mode = await stat(path).then(
    (existing) => existing.mode & 0o7777,
    () => 0o644,
  );
  let file: Awaited<ReturnType<typeof open>> | undefined;
  try {
    file = await open(temporary, 'wx', mode);
    await file.chmod(mode);
    // FileHandle.writeFile loops until every byte is written, and fails on a short write's ENOSPC.
    await file.writeFile(text, 'utf8');
    await file.sync();
    await file.close();
    file = undefined;
    await rename(temporary, path);
  } catch (error) {
    await file?.close().catch(() => {});
    await rm(temporary, { force: true }).catch(() => {});
    throw error;
  }
}
