// Miro's sticky note fill colours by the Web SDK's names: one list for the panel and the drawing.
import type { StickyNoteColor } from '@mirohq/websdk-types';

/** A sticky fill colour name the Web SDK accepts. */
export type StickyFill = `${StickyNoteColor}`;

/** Every sticky fill colour, in the order of Miro's palette. */
export const STICKY_COLOURS = [
  'light_yellow',
  'yellow',
  'orange',
  'light_green',
  'green',
  'dark_green',
  'cyan',
  'light_pink',
  'pink',
  'violet',
  'red',
  'light_blue',
  'blue',
  'dark_blue',
  'gray',
  'black',
] as const satisfies readonly StickyFill[];

/** True for a sticky colour name; board colours may also be hex codes (shapes, text). */
export function isStickyFill(colour: string): colour is StickyFill {
  return (STICKY_COLOURS as readonly string[]).includes(colour);
}
