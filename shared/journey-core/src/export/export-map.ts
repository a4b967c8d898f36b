// One entry point for every text export of a map (SVG included), chosen by a format name.
import { z } from 'zod';
import type { JourneyMap } from '../model/journey-map';
import { toCsv } from './to-csv';
import { toJson } from './to-json';
import { toMarkdown } from './to-markdown';
import { toSvg } from './to-svg';

export const ExportFormat = z.enum(['json', 'csv', 'md', 'svg']);
export type ExportFormat = z.infer<typeof ExportFormat>;

const exporters: Record<ExportFormat, (map: JourneyMap) => string> = {
  json: toJson,
  csv: toCsv,
  md: toMarkdown,
  svg: toSvg,
};

export function exportMap(map: JourneyMap, format: ExportFormat): string {
  return exporters[format](map);
}
