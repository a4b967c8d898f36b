// Export: the map as JSON (for the Jira app and the CLI), CSV or Markdown, offered as a download.
import type { ExportFormatValue } from '@throughline/journey-core';
import { exportMap } from '@throughline/journey-core';
import { toPanelError } from '../panel-error';
import type { PanelServices } from '../panel-services';
import type { PanelStore } from '../panel-store';
import { requireMap } from './convert-board';
import { checkedMap } from './save-map';

const FILES: Record<ExportFormatValue, { extension: string; mimeType: string; name: string }> = {
  json: { extension: 'json', mimeType: 'application/json', name: 'JSON' },
  csv: { extension: 'csv', mimeType: 'text/csv', name: 'CSV' },
  md: { extension: 'md', mimeType: 'text/markdown', name: 'Markdown' },
};

export function exportFile(
  store: PanelStore,
  services: PanelServices,
  format: ExportFormatValue,
): void {
  try {
    const map = checkedMap(requireMap(store));
    const file = FILES[format];
    const fileName = `${map.key}.${file.extension}`;
    services.download(fileName, exportMap(map, format), `${file.mimeType};charset=utf-8`);
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
