// What storage reports when it cannot read or write: a message for a person, never a raw KVS error.
import { ForgeKvsAPIError } from '@forge/kvs';

/** `conflict`: another write got there first (KVS answers 409 to a key set only if absent). */
export type StorageErrorCode = 'upstream-error' | 'conflict';

export class StorageError extends Error {
  constructor(
    message: string,
    readonly code: StorageErrorCode = 'upstream-error',
  ) {
    super(message);
    this.name = 'StorageError';
  }

  /** Runs a KVS call; its failure becomes a StorageError naming what could not be done. */
  static async around<T>(doing: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof StorageError) throw error;
      if (error instanceof ForgeKvsAPIError && error.responseDetails.status === 409) {
        throw new StorageError(`Could not ${doing}: another write got there first`, 'conflict');
      }
      const code = error instanceof ForgeKvsAPIError ? ` (${error.code})` : '';
      throw new StorageError(`Could not ${doing}: storage failed${code}`);
    }
  }
}
