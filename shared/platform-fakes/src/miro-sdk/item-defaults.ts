// Items as Miro creates them: its default sizes and styles, filled in around the props given.
import type { FrameData, OtherItemData, ShapeData, StickyNoteData, TextData } from './sdk-shapes';

/** Miro reports a square sticky note ~1.146 × taller than wide (its default is 199 × 228). */
export const SQUARE_STICKY_HEIGHT_RATIO = 228 / 199;
const RECTANGLE_STICKY_HEIGHT_RATIO = 228 / 350;

/** Optional props that may also be given as `undefined`, as the SDK's create props allow. */
type Loose<T> = { [K in keyof T]?: T[K] | undefined };
/** Fields Miro sets itself, or that the fake does not model. */
type Managed = 'id' | 'type' | 'style' | 'connectorIds' | 'linkedTo' | 'groupId' | 'childrenIds';
type Input<D extends { style: object }> = Loose<Omit<D, Managed>> & {
  style?: Loose<D['style']> | undefined;
};

export type StickyNoteInput = Input<StickyNoteData>;
export type ShapeInput = Input<ShapeData>;
export type TextInput = Input<TextData>;
export type FrameInput = Input<FrameData>;
export type OtherItemInput = Loose<Omit<OtherItemData, 'id' | 'connectorIds' | 'linkedTo'>> & {
  type: string;
};

/** Who made the item and when; the fake fills these in. */
export interface Provenance {
  id: string;
  createdAt: string;
  createdBy: string;
}

/** The place and change fields every item has. */
interface Placed {
  x?: number | undefined;
  y?: number | undefined;
  modifiedAt?: string | undefined;
  modifiedBy?: string | undefined;
}

function base(fields: Provenance, props: Placed) {
  return {
    ...fields,
    origin: 'center' as const,
    relativeTo: 'canvas_center' as const,
    parentId: null,
    modifiedAt: props.modifiedAt ?? fields.createdAt,
    modifiedBy: props.modifiedBy ?? fields.createdBy,
    x: props.x ?? 0,
    y: props.y ?? 0,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function stickyNoteData(fields: Provenance, props: StickyNoteInput): StickyNoteData {
  const shape = props.shape ?? 'square';
  const ratio = shape === 'square' ? SQUARE_STICKY_HEIGHT_RATIO : RECTANGLE_STICKY_HEIGHT_RATIO;
  const fromHeight = props.height === undefined ? undefined : round(props.height / ratio);
  const width = props.width ?? fromHeight ?? (shape === 'square' ? 199 : 350);
  return {
    ...base(fields, props),
    type: 'sticky_note',
    content: props.content ?? '',
    tagIds: props.tagIds ?? [],
    shape,
    width,
    height: props.height ?? round(width * ratio),
    style: {
      fillColor: props.style?.fillColor ?? 'light_yellow',
      textAlign: props.style?.textAlign ?? 'center',
      textAlignVertical: props.style?.textAlignVertical ?? 'middle',
    },
  };
}

type TextLook = Pick<
  TextData['style'],
  'color' | 'fillColor' | 'fillOpacity' | 'fontFamily' | 'fontSize'
>;

/** The colour, fill and font a new shape or text gets where its props name none. */
function textLook(style: Loose<TextLook>): TextLook {
  return {
    color: style.color ?? '#1a1a1a',
    fillColor: style.fillColor ?? 'transparent',
    fillOpacity: style.fillOpacity ?? 1,
    fontFamily: style.fontFamily ?? 'open_sans',
    fontSize: style.fontSize ?? 14,
  };
}

export function shapeData(fields: Provenance, props: ShapeInput): ShapeData {
  const style = props.style ?? {};
  return {
    ...base(fields, props),
    type: 'shape',
    width: props.width ?? 100,
    height: props.height ?? 100,
    rotation: props.rotation ?? 0,
    content: props.content ?? '',
    shape: props.shape ?? 'rectangle',
    style: {
      ...textLook(style),
      textAlign: style.textAlign ?? 'center',
      textAlignVertical: style.textAlignVertical ?? 'middle',
      borderStyle: style.borderStyle ?? 'normal',
      borderOpacity: style.borderOpacity ?? 1,
      borderColor: style.borderColor ?? '#1a1a1a',
      borderWidth: style.borderWidth ?? 2,
    },
  };
}

export function textData(fields: Provenance, props: TextInput): TextData {
  const style = props.style ?? {};
  return {
    ...base(fields, props),
    type: 'text',
    width: props.width ?? 200,
    height: props.height ?? 50,
    rotation: props.rotation ?? 0,
    content: props.content ?? '',
    style: { ...textLook(style), textAlign: style.textAlign ?? 'left' },
  };
}

export function frameData(fields: Provenance, props: FrameInput): FrameData {
  return {
    ...base(fields, props),
    type: 'frame',
    width: props.width ?? 800,
    height: props.height ?? 450,
    title: props.title ?? 'Frame',
    showContent: props.showContent ?? true,
    childrenIds: [],
    style: { fillColor: props.style?.fillColor ?? '#ffffff' },
  };
}

export function otherItemData(fields: Provenance, props: OtherItemInput): OtherItemData {
  return {
    ...base(fields, props),
    type: props.type,
    width: props.width ?? 100,
    height: props.height ?? 100,
  };
}
