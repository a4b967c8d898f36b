// Deep copies for tests: the core's lib has no structuredClone (it is a host API, not the language's).
import { cleanText } from './clean-text';

export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** A deep copy with every string as `parseJson` reads it back: through `cleanText`. */
export function cleanClone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value), (_, entry: unknown) =>
    typeof entry === 'string' ? cleanText(entry) : entry,
  ) as T;
}
