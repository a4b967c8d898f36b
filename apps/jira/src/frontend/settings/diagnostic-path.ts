// Where in a map file a diagnostic points, written as a person reads a path into JSON.
import type { DiagnosticView } from '../../contract/resolver-contract';

/** `["stages", 2, "name"]` → `stages[2].name`; the empty path is the whole map. */
export function pathText(path: DiagnosticView['path']): string {
  if (path.length === 0) return '(the whole map)';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`,
    )
    .join('');
}
