// A map as CSV (RFC 4180), one row per item and per unplaced sticky, safe to open in a spreadsheet.
import type { JourneyMap, MapItem, UnplacedItem } from '../model/journey-map';

export const CSV_HEADER = [
  'map',
  'phase',
  'stage',
  'lane',
  'lane kind',
  'text',
  'emotion',
  'source item id',
  'item id',
  'flags',
  'unplaced reason',
] as const;

/** Spreadsheets read a cell starting with one of these as a formula (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text as a spreadsheet will show it, never run it: a leading apostrophe makes it plain text. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted, with quotes doubled, when it holds a quote, comma or line break. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function flagsOf(item: MapItem): string {
  const flags: string[] = [];
  if (item.removedAtSource) flags.push('removed-at-source');
  for (const field of item.edited ?? []) flags.push(`edited-${field}`);
  return flags.join(' ');
}

export function toCsv(map: JourneyMap): string {
  const stages = new Map(map.stages.map((stage) => [stage.id, stage]));
  const lanes = new Map(map.lanes.map((lane) => [lane.id, lane]));
  const phaseOf = new Map<string, string>();
  for (const phase of map.phases) {
    for (const stageId of phase.stageIds) phaseOf.set(stageId, phase.name);
  }
  const itemRows = map.items.map((item) => {
    const lane = lanes.get(item.laneId);
    const text = [
      map.title,
      phaseOf.get(item.stageId) ?? '',
      stages.get(item.stageId)?.name ?? item.stageId,
      lane?.name ?? item.laneId,
      lane?.kind ?? '',
      item.text,
    ];
    const rest = [item.source?.itemId ?? '', item.id, flagsOf(item), ''];
    // The emotion is a number written here, not text from a person: it stays a number.
    const emotion = item.emotion === undefined ? '' : String(item.emotion);
    return [...text.map(neutralizeFormula), emotion, ...rest.map(neutralizeFormula)];
  });
  // A sticky that found no cell is still something a person wrote: it gets a row, with no cell.
  const unplacedRows = map.unplaced.map((entry: UnplacedItem) =>
    [map.title, '', '', '', '', entry.text, '', entry.source.itemId, '', '', entry.reason].map(
      neutralizeFormula,
    ),
  );
  return [CSV_HEADER, ...itemRows, ...unplacedRows]
    .map((row) => `${row.map(csvField).join(',')}\r\n`)
    .join('');
}
