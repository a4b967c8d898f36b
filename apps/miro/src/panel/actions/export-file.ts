// Export: the map as JSON (for the Jira app and the CLI), CSV, Markdown or an SVG picture,
// offered as a download.
import { ExportFormat, exportMap } from '@throughline/journey-core';
import type { PanelExportFormat } from '../panel-actions';
import { PanelError, toPanelError } from '../panel-error';
import type { PanelServices } from '../panel-services';
import type { PanelStore } from '../panel-store';
import { requireMap } from './convert-board';
import { checkedMap } from './save-map';

interface FileKind {
  extension: string;
  /** Text formats are sent as UTF-8, and say so. */
  mimeType: string;
  name: string;
}

export const EXPORT_FILES: Readonly<Record<PanelExportFormat, FileKind>> = {
  json: { extension: 'json', mimeType: 'application/json;charset=utf-8', name: 'JSON' },
  csv: { extension: 'csv', mimeType: 'text/csv;charset=utf-8', name: 'CSV' },
  md: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', name: 'Markdown' },
  svg: { extension: 'svg', mimeType: 'image/svg+xml;charset=utf-8', name: 'SVG' },
};

export function exportFile(
  store: PanelStore,
  services: PanelServices,
  format: PanelExportFormat,
): void {
  try {
    const map = checkedMap(requireMap(store));
    // Checked against the core's own list: a format the core does not export yet is refused,
    // said plainly, rather than assumed.
    const known = ExportFormat.safeParse(format);
    if (!known.success) {
      throw new PanelError(
        'export-failed',
        `This version cannot export ${EXPORT_FILES[format].name} yet.`,
      );
    }
    const file = EXPORT_FILES[format];
    const fileName = `${map.key}.${file.extension}`;
    services.download(fileName, exportMap(map, known.data), file.mimeType);
    store.set({ status: { kind: 'success', message: `Exported ${fileName} (${file.name}).` } });
  } catch (cause) {
    store.set({
      status: {
        kind: 'error',
        error: toPanelError(cause, 'export-failed', 'Could not export the map'),
      },
    });
  }
}
