// The `throughline-links` issue entity property: its one public format, and pure edits of it.
import { Id } from '@throughline/journey-core';
import { z } from 'zod';

/** The entity property key on each Jira issue; the app's JQL index reads this property. */
export const LINKS_PROPERTY_KEY = 'throughline-links';

/**
 * Jira refuses an entity property value longer than 32,768 (the swagger says bytes in one place
 * and characters in another): counted in UTF-8 bytes here, the stricter reading.
 */
export const MAX_PROPERTY_BYTES = 32_768;

/**
 * Links one issue may carry. The app's 30 indexed values are index definitions (`mapIds`,
 * `stageIds`, `painPointIds`, `stageRefs` and their aliases), not array elements, so they do not
 * bound the count; the 32 KB value does: a link of three 128-character ids costs about 1,060
 * bytes with its share of the flat arrays and its stage ref, so 100 links of typical ids fit and
 * 30 of the longest ids do. The byte guard below catches the rest.
 */
export const MAX_LINKS_PER_ISSUE = 100;

export const IssueLink = z.object({
  mapId: Id,
  stageId: Id,
  painPointId: Id.optional(),
});
export type IssueLink = z.infer<typeof IssueLink>;

/**
 * The stored value. Loose: a field another tool (or a later version of ours) put there is kept
 * on every write. The flat arrays repeat the link fields so that Jira can index them for JQL;
 * `stageRefs` pairs map and stage (`stageRef`), because `mapIds = M AND stageIds = S` also
 * matches an issue on M's other stage and on another map's stage S. Values written before
 * `stageRefs` lack it: they read as if it were there and gain it at their next write.
 */
export const LinksProperty = z.looseObject({
  links: z.array(IssueLink),
  mapIds: z.array(z.string()),
  stageIds: z.array(z.string()),
  painPointIds: z.array(z.string()),
  stageRefs: z.array(z.string()).default([]),
});
export type LinksProperty = z.infer<typeof LinksProperty>;

export type LinksPropertyErrorCode = 'too-many-links' | 'too-large' | 'invalid-value';

/** A value that cannot be stored, or a stored value that is not ours to read. */
export class LinksPropertyError extends Error {
  constructor(
    readonly code: LinksPropertyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LinksPropertyError';
  }
}

export const EMPTY_LINKS: LinksProperty = {
  links: [],
  mapIds: [],
  stageIds: [],
  painPointIds: [],
  stageRefs: [],
};

/**
 * One stage of one map as one indexed value, `<mapId>/<stageId>`. Ids may hold `/`, so `%` and
 * `/` inside an id are percent-encoded: map `a/b` + stage `c` and map `a` + stage `b/c` differ.
 */
export function stageRef(mapId: string, stageId: string): string {
  const encode = (id: string) => id.replace(/%/g, '%25').replace(/\//g, '%2F');
  return `${encode(mapId)}/${encode(stageId)}`;
}

/**
 * The stored value as links: an absent property is no links; a value that is not our format is
 * refused (writing over it would destroy someone's data).
 */
export function parseLinksProperty(value: unknown): LinksProperty {
  if (value === undefined || value === null) return EMPTY_LINKS;
  const parsed = LinksProperty.safeParse(value);
  if (parsed.success) return withFlatArrays(parsed.data);
  const [issue] = parsed.error.issues;
  const where =
    issue === undefined
      ? ''
      : ` (${issue.path.map(String).join('.') || 'value'}: ${issue.message})`;
  throw new LinksPropertyError(
    'invalid-value',
    `The ${LINKS_PROPERTY_KEY} property of this issue is not in the Throughline format${where}`,
  );
}

const sameLink = (a: IssueLink, b: IssueLink): boolean =>
  a.mapId === b.mapId && a.stageId === b.stageId && a.painPointId === b.painPointId;

/** Whether the value already holds exactly this link. */
export function hasLink(value: LinksProperty, link: IssueLink): boolean {
  return value.links.some((entry) => sameLink(entry, link));
}

/** The value with `link` added (a link already there is not added twice), within the limits. */
export function addLink(value: LinksProperty, link: IssueLink): LinksProperty {
  if (hasLink(value, link)) return withFlatArrays(value);
  const next = withFlatArrays({ ...value, links: [...value.links, normalLink(link)] });
  checkSize(next);
  return next;
}

/** The value without `link`; unchanged when it was not there. */
export function removeLink(value: LinksProperty, link: IssueLink): LinksProperty {
  return withFlatArrays({
    ...value,
    links: value.links.filter((entry) => !sameLink(entry, link)),
  });
}

/** The flat arrays recomputed from `links`: deduplicated and sorted, so JQL sees every id. */
export function withFlatArrays(value: LinksProperty): LinksProperty {
  const sorted = (ids: Iterable<string>) => [...new Set(ids)].sort();
  return {
    ...value,
    links: value.links.map(normalLink),
    mapIds: sorted(value.links.map((link) => link.mapId)),
    stageIds: sorted(value.links.map((link) => link.stageId)),
    painPointIds: sorted(value.links.flatMap((link) => link.painPointId ?? [])),
    stageRefs: sorted(value.links.map((link) => stageRef(link.mapId, link.stageId))),
  };
}

/** UTF-8 bytes of the value as Jira stores it. */
export function propertyBytes(value: LinksProperty): number {
  return new TextEncoder().encode(JSON.stringify(value)).byteLength;
}

/** Throws `LinksPropertyError` when Jira would refuse the value or the index would lose links. */
export function checkSize(value: LinksProperty): void {
  if (value.links.length > MAX_LINKS_PER_ISSUE) {
    throw new LinksPropertyError(
      'too-many-links',
      `An issue can serve at most ${MAX_LINKS_PER_ISSUE} journey stages and pain points; this one would have ${value.links.length}`,
    );
  }
  const bytes = propertyBytes(value);
  if (bytes > MAX_PROPERTY_BYTES) {
    throw new LinksPropertyError(
      'too-large',
      `The issue's links would take ${bytes} bytes, more than the ${MAX_PROPERTY_BYTES} Jira stores in one property`,
    );
  }
}

function normalLink(link: IssueLink): IssueLink {
  return link.painPointId === undefined
    ? { mapId: link.mapId, stageId: link.stageId }
    : { mapId: link.mapId, stageId: link.stageId, painPointId: link.painPointId };
}
