// How each health value reads and looks on the page: a word as well as a colour, never colour alone.
import type { SetHealth } from '@throughline/journey-core';

export const HEALTH_LABEL: Record<SetHealth, string> = {
  offTrack: 'Off track',
  atRisk: 'At risk',
  onTrack: 'On track',
  unknown: 'No update',
  none: 'No active work',
};

export const HEALTH_COLOUR: Record<SetHealth, string> = {
  offTrack: '#c9372c',
  atRisk: '#e2a400',
  onTrack: '#1f845a',
  unknown: '#8590a2',
  none: '#dcdfe4',
};

const HEALTHS = new Set<string>(Object.keys(HEALTH_LABEL));

/** Stored snapshots hold text: anything unexpected reads as unknown. */
export function asHealth(value: string): SetHealth {
  return HEALTHS.has(value) ? (value as SetHealth) : 'unknown';
}
