// Issue updated or deleted: note the issue, when it carries journey links, so the next board read asks Jira for it
// fresh (`reconcileIssues`) instead of from the eventually consistent search index. The board caches nothing else.
import { z } from 'zod';
import type { BackendDeps } from '../services/backend-deps';

/** What the `avi:jira:updated:issue` and `avi:jira:deleted:issue` events carry that we read. */
export const IssueEvent = z.looseObject({
  eventType: z.string(),
  issue: z.looseObject({
    id: z.coerce.string(),
    fields: z
      .looseObject({ project: z.looseObject({ id: z.coerce.string() }).optional() })
      .optional(),
  }),
  changelog: z
    .looseObject({
      items: z.array(
        z.looseObject({ field: z.string().optional(), fieldId: z.string().optional() }),
      ),
    })
    .nullish(),
});

/** Fields the board shows; a change elsewhere (a comment, a label) leaves the board as it was. */
const BOARD_FIELDS = new Set(['status', 'assignee', 'duedate', 'resolution', 'summary']);

function touchesBoard(event: z.infer<typeof IssueEvent>, storyPointsField: string | null): boolean {
  const items = event.changelog?.items;
  if (!items || items.length === 0) return true;
  return items.some(
    (item) =>
      BOARD_FIELDS.has(item.fieldId ?? '') ||
      BOARD_FIELDS.has((item.field ?? '').toLowerCase()) ||
      (storyPointsField !== null && item.fieldId === storyPointsField),
  );
}

/** The changed issue's project, whose settings say which field holds story points. */
export function projectOfEvent(payload: unknown): string | undefined {
  const event = IssueEvent.safeParse(payload);
  return event.success ? event.data.issue.fields?.project?.id : undefined;
}

export type IssueChangeOutcome = 'noted' | 'unlinked' | 'ignored';

/** `deps` act as the app: there is no user in a trigger. */
export async function onIssueChanged(
  deps: BackendDeps,
  payload: unknown,
): Promise<IssueChangeOutcome> {
  const event = IssueEvent.safeParse(payload);
  if (!event.success) return 'ignored';
  const issueId = event.data.issue.id;
  const now = deps.now().getTime();
  if (event.data.eventType === 'avi:jira:deleted:issue') {
    // Its property is gone with it: whether it was linked cannot be read any more.
    await deps.app.noteChanges([issueId], now);
    return 'noted';
  }
  if (!touchesBoard(event.data, deps.settings.storyPointsField)) return 'ignored';
  const links = await deps.jira.getLinks(issueId);
  if (links.links.length === 0) return 'unlinked';
  await deps.app.noteChanges([issueId], now);
  return 'noted';
}
