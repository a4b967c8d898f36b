// The map as the panel shows it: cards grouped by cell, doubtful placements flagged, counts summed.
import type {
  JourneyMap,
  MapItem,
  PlacementMethod,
  UnplacedReasonValue,
} from '@throughline/journey-core';
import { isUnsurePlacement, itemsByCell } from '@throughline/journey-core';

export interface GridCard {
  item: MapItem;
  unsure: boolean;
  /** Why the card is highlighted, for its title and its accessible name; empty when it is not. */
  note: string;
}

const METHOD_LABELS: Record<PlacementMethod, string> = {
  grid: 'from the grid lines',
  'stage-frame': 'from its stage frame',
  'colour-legend': 'from the colour legend',
};

export function cardNote(item: MapItem): string {
  const notes: string[] = [];
  if (item.placement && isUnsurePlacement(item)) {
    const percent = Math.round(item.placement.confidence * 100);
    const method = METHOD_LABELS[item.placement.method];
    notes.push(`Unsure placement: ${percent} % confidence, ${method}`);
  }
  if (item.removedAtSource) notes.push('Gone from the board since the last convert');
  return notes.join('. ');
}

/** Cards by cell (the core's `cellKey`), in map order. */
export function groupCards(map: JourneyMap): Map<string, GridCard[]> {
  const cells = new Map<string, GridCard[]>();
  for (const [key, items] of itemsByCell(map.items)) {
    cells.set(
      key,
      items.map((item) => ({ item, unsure: isUnsurePlacement(item), note: cardNote(item) })),
    );
  }
  return cells;
}

export interface GridCounts {
  placed: number;
  unsure: number;
  unplaced: number;
}

export function gridCounts(map: JourneyMap): GridCounts {
  return {
    placed: map.items.length,
    unsure: map.items.filter(isUnsurePlacement).length,
    unplaced: map.unplaced.length,
  };
}

const REASON_LABELS: Record<UnplacedReasonValue, string> = {
  'outside-grid': 'outside the grid',
  'no-stage': 'under no stage',
  'no-lane': 'in no lane',
  'ambiguous-cell': 'between cells',
  'empty-text': 'no text',
};

export function reasonLabel(reason: UnplacedReasonValue): string {
  return REASON_LABELS[reason];
}
