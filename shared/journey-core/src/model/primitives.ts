// Small value schemas shared by every document the core reads: ids, keys, dates, scores.
import { z } from 'zod';

/** An opaque, stable identifier: printable, no whitespace, short enough for Miro item metadata. */
export const Id = z
  .string()
  .min(1, 'must not be empty')
  .max(128, 'must be at most 128 characters')
  .regex(/^[^\s\p{Cc}]+$/u, 'must not contain spaces or control characters');
export type Id = z.infer<typeof Id>;

/** A human-readable slug, unique within its list; it appears in JQL and URLs. */
export const Key = z
  .string()
  .min(1, 'must not be empty')
  .max(64, 'must be at most 64 characters')
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');
export type Key = z.infer<typeof Key>;

/** A calendar date, `YYYY-MM-DD`: dates compare as strings, so the core needs no clock. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** The longest name a stage, lane or other part of a map may have. */
export const MAX_NAME_LENGTH = 500;

/** A trimmed, non-empty line of text a person typed. */
export const Name = z.string().trim().min(1, 'must not be empty').max(MAX_NAME_LENGTH);

/** A share of something, 0 to 1. */
export const Fraction = z.number().min(0).max(1);

/** Where a map element came from, so a re-import can recognise it. */
export const MiroSource = z.object({
  provider: z.literal('miro'),
  boardId: z.string().min(1),
  itemId: z.string().min(1),
});
export const ItemSource = z.discriminatedUnion('provider', [MiroSource]);
export type ItemSource = z.infer<typeof ItemSource>;

/** One string per source, equal exactly when two sources name the same board element. */
export function sourceKey(source: ItemSource): string {
  return `${source.provider}:${source.boardId}:${source.itemId}`;
}

/** Lower-case, dash-separated, ASCII: "Sign up & pay" → "sign-up-pay". */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug === '' ? 'untitled' : slug;
}
