// The colours of the SVG picture: calm, light fills per lane kind, with a darker accent of each.
import type { LaneKind } from '../model/journey-map';

export interface LanePalette {
  /** Card fill. */
  fill: string;
  /** Card border, lane marker bar and (for emotions) the curve. */
  accent: string;
  /** The lane label's background: a paler tint of the fill. */
  tint: string;
}

/** Conventional journey-map hues (yellow actions, blue touchpoints, pink pain…), softened for print. */
export const LANE_PALETTE: Readonly<Record<LaneKind, LanePalette>> = {
  actions: { fill: '#fff4c2', accent: '#c99a1c', tint: '#fffbe8' },
  touchpoints: { fill: '#dcebfb', accent: '#3d7fc1', tint: '#f1f7fe' },
  thoughts: { fill: '#ece3f7', accent: '#8462b3', tint: '#f7f3fc' },
  emotions: { fill: '#fde6d2', accent: '#dd7430', tint: '#fef5ec' },
  'pain-points': { fill: '#fde1e4', accent: '#c8414f', tint: '#fef2f3' },
  opportunities: { fill: '#e1f3d5', accent: '#4f9434', tint: '#f3faee' },
  backstage: { fill: '#eceff2', accent: '#6f7c86', tint: '#f7f8fa' },
  custom: { fill: '#d7f1ee', accent: '#2f948b', tint: '#eff9f8' },
};

export const INK = '#1f2933';
export const MUTED = '#5f6b76';
export const RULE = '#dfe3e8';
/** Every other lane row's background, so that a row reads across many stages. */
export const STRIPE = '#fafbfc';
export const HEADER_FILL = '#eef1f4';
export const PHASE_FILL = '#dfe6ee';
export const PAIN = '#c8414f';
export const BACKGROUND = '#ffffff';
