// Where in a map file a diagnostic points, written as a person reads a path into JSON.
import { formatPath } from '@throughline/journey-core';
import type { DiagnosticView } from '../../contract/resolver-contract';

/** `["stages", 2, "name"]` → `stages[2].name` (the core's form); the empty path is the whole map. */
export function pathText(path: DiagnosticView['path']): string {
  return path.length === 0 ? '(the whole map)' : formatPath(path);
}
