// Seeds for the in-memory board written in board coordinates (boxes by their top-left corner),
// turned into items as the SDK reports them: centre x/y, children relative to their frame.
import type { SeedItem, SeedTag } from './in-memory-board';
import type { AppData, StickyNoteData } from './sdk-shapes';

type StickyColour = StickyNoteData['style']['fillColor'];

/** Miro's sticky note fill colours, by the names the SDK uses. */
export const STICKY_COLOURS = [
  'gray',
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
  'black',
] as const satisfies readonly StickyColour[];

export interface BoardSeed {
  id: string;
  kind: 'sticky' | 'shape' | 'text' | 'frame' | 'other';
  /** Board-absolute: `left`/`top` is the top-left corner. */
  box: { left: number; top: number; width: number; height: number };
  /** As Miro stores it: HTML for stickies, shapes and text; the title for frames. */
  content?: string;
  /** A sticky's fill colour name (`light_yellow`…), or a shape's, text's or frame's fill. */
  color?: string;
  shape?: 'square' | 'rectangle';
  /** Tag titles. */
  tags?: readonly string[];
  /** The frame this item is a child of; it must be among the seeds. */
  parentId?: string;
  /** For `other`: the SDK type (default `card`). */
  type?: 'card' | 'app_card' | 'image' | 'embed' | 'preview';
  metadata?: AppData;
}

function isStickyColour(color: string): color is StickyColour {
  return STICKY_COLOURS.some((known) => known === color);
}

/** Board items and the tags they name, ready for `new InMemoryBoard({ ...seedFromBoard(…) })`. */
export function seedFromBoard(seeds: readonly BoardSeed[]): {
  items: SeedItem[];
  tags: SeedTag[];
} {
  const byId = new Map(seeds.map((seed) => [seed.id, seed]));
  const tagIds = new Map<string, string>();
  const tagIdOf = (title: string) => {
    const known = tagIds.get(title);
    if (known) return known;
    const id = `tag-${tagIds.size + 1}`;
    tagIds.set(title, id);
    return id;
  };

  const items = seeds.map((seed): SeedItem => {
    const parent = seed.parentId === undefined ? undefined : byId.get(seed.parentId);
    if (seed.parentId !== undefined && parent?.kind !== 'frame') {
      throw new Error(`seed ${seed.id}: parent ${seed.parentId} is not a frame among the seeds`);
    }
    const origin = parent ? parent.box : { left: 0, top: 0 };
    const place = {
      id: seed.id,
      x: seed.box.left + seed.box.width / 2 - origin.left,
      y: seed.box.top + seed.box.height / 2 - origin.top,
      width: seed.box.width,
      height: seed.box.height,
      parentId: seed.parentId ?? null,
      ...(seed.metadata && { metadata: seed.metadata }),
    };
    const content = seed.content ?? '';
    switch (seed.kind) {
      case 'sticky': {
        const color = seed.color ?? 'light_yellow';
        if (!isStickyColour(color)) {
          throw new Error(`seed ${seed.id}: ${color} is not a Miro sticky note colour`);
        }
        return {
          ...place,
          type: 'sticky_note',
          content,
          shape: seed.shape ?? 'square',
          style: { fillColor: color },
          tagIds: (seed.tags ?? []).map(tagIdOf),
        };
      }
      case 'shape':
        return {
          ...place,
          type: 'shape',
          content,
          style: { fillColor: seed.color ?? 'transparent' },
        };
      case 'text':
        return {
          ...place,
          type: 'text',
          content,
          style: { fillColor: seed.color ?? 'transparent' },
        };
      case 'frame':
        return {
          ...place,
          type: 'frame',
          title: content,
          style: { fillColor: seed.color ?? '#ffffff' },
        };
      default:
        return { ...place, type: seed.type ?? 'card' };
    }
  });
  const tags = [...tagIds].map(([title, id]) => ({ id, title }));
  return { items, tags };
}
