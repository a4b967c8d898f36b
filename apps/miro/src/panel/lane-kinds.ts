// Lane kinds and sticky colours as the panel names them in its pickers.
import type { LaneKindValue } from '@throughline/journey-core';
import { DEFAULT_LANE_NAMES, LaneKind } from '@throughline/journey-core';
import { isStickyFill } from '../board/sticky-colours';

/**
 * The core's lane names, but for `custom`: the core names a custom lane "Notes", while a picker
 * of kinds must say that the kind is the custom one.
 */
const KIND_LABELS: Readonly<Record<LaneKindValue, string>> = {
  ...DEFAULT_LANE_NAMES,
  custom: 'Custom',
};

export const KIND_OPTIONS = LaneKind.options.map((kind) => ({
  value: kind,
  label: KIND_LABELS[kind],
}));

/** `light_yellow` → "light yellow"; other colour names (hex) as they are. */
export function colourLabel(colour: string): string {
  return colour.replace(/_/g, ' ');
}

/** A swatch colour for CSS, or null: only palette names and hex codes ever reach a style. */
export function swatchClass(colour: string): string | null {
  return isStickyFill(colour) ? `swatch--${colour}` : null;
}
