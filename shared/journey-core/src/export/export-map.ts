// One entry point for every text export of a map, chosen by a format name (the CLI's --format).
import { z } from 'zod';
import type { JourneyMap } from '../model/journey-map';
import { toCsv } from './to-csv';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';

export const ExportFormat = z.enum(['json', 'csv', 'md']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const exporters: Record<ExportFormat, (map: JourneyMap) => string> = {
  json: toJson,
  csv: toCsv,
  md: toMarkdown,
};

export function exportMap(map: JourneyMap, format: ExportFormat): string {
  return exporters[format](map);
}
