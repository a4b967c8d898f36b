// A deep copy for tests: the core's lib has no structuredClone (it is a host API, not the language's).
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
