// Web SDK items for tests: their data fields checked against the SDK's own props types.
import type {
  FrameProps,
  ShapeProps,
  StickyNoteColorType,
  StickyNoteProps,
  TagProps,
  TextProps,
  UnsupportedProps,
} from '@mirohq/websdk-types';
import type { SdkBoardItem } from './from-sdk';

export interface Place {
  x: number;
  y: number;
  width: number;
  height: number;
  parentId?: string;
  relativeTo?: 'canvas_center' | 'parent_top_left' | 'parent_center';
  rotation?: number;
}

type Props = StickyNoteProps | ShapeProps | TextProps | FrameProps | TagProps | UnsupportedProps;

/**
 * SDK items are class instances carrying a protected SDK context, which no object literal can
 * satisfy; the data is checked against the SDK's props types, and only this cast remains.
 */
function asSdkItem(props: Props): SdkBoardItem {
  return props as unknown as SdkBoardItem;
}

function placed(place: Place) {
  return {
    x: place.x,
    y: place.y,
    width: place.width,
    height: place.height,
    origin: 'center' as const,
    relativeTo:
      place.relativeTo ?? (place.parentId === undefined ? 'canvas_center' : 'parent_top_left'),
    parentId: place.parentId ?? null,
  };
}

export function sdkSticky(
  id: string,
  place: Place,
  content: string,
  options: {
    fillColor?: StickyNoteColorType;
    shape?: 'square' | 'rectangle';
    tagIds?: string[];
  } = {},
): SdkBoardItem {
  return asSdkItem({
    type: 'sticky_note',
    id,
    ...placed(place),
    content,
    shape: options.shape ?? 'square',
    style: {
      fillColor: options.fillColor ?? 'light_yellow',
      textAlign: 'center',
      textAlignVertical: 'top',
    },
    tagIds: options.tagIds ?? [],
  } satisfies StickyNoteProps);
}

export function sdkShape(id: string, place: Place, content: string, fillColor = '#414bb2') {
  return asSdkItem({
    type: 'shape',
    id,
    ...placed(place),
    rotation: place.rotation ?? 0,
    content,
    shape: 'rectangle',
    style: { fillColor, color: '#ffffff', fontSize: 24 },
  } satisfies ShapeProps);
}

export function sdkText(id: string, place: Place, content: string, fillColor = 'transparent') {
  return asSdkItem({
    type: 'text',
    id,
    ...placed(place),
    rotation: place.rotation ?? 0,
    content,
    style: { fillColor, color: '#1a1a1a', fontSize: 36 },
  } satisfies TextProps);
}

export function sdkFrame(id: string, place: Place, title: string, fillColor = '#ffffff') {
  return asSdkItem({
    type: 'frame',
    id,
    ...placed(place),
    title,
    showContent: true,
    childrenIds: [],
    style: { fillColor },
  } satisfies FrameProps);
}

export function sdkTag(id: string, title: string) {
  return asSdkItem({ type: 'tag', id, title, color: 'red' } satisfies TagProps);
}

/** Any other SDK type (`image`, `card`, `group`, `connector`, `mindmap_node`…). */
export function sdkOther(id: string, type: string, place?: Place) {
  return asSdkItem({
    type,
    id,
    ...(place === undefined ? {} : placed(place)),
  } satisfies UnsupportedProps);
}
