// One Jira issue as the client reads it: the REST shape parsed once, the fields the app uses.
import { z } from 'zod';
import { dueDateOf, issueScope } from './issue-status';
import { LINKS_PROPERTY_KEY, type LinksProperty, parseLinksProperty } from './links-property';

/** The fields every read asks for; the story points field is added when settings name one. */
export const ISSUE_FIELDS = [
  'summary',
  'status',
  'resolution',
  'duedate',
  'assignee',
  'issuetype',
] as const;

const Named = z.looseObject({ name: z.string() });

/** `IssueBean` from the swagger, narrowed to what is read; other fields pass through unread. */
export const RestIssue = z.looseObject({
  id: z.string().min(1),
  key: z.string().min(1),
  fields: z
    .looseObject({
      summary: z.string().nullish(),
      status: z
        .looseObject({
          name: z.string().optional(),
          statusCategory: z.looseObject({ key: z.string() }).nullish(),
        })
        .nullish(),
      resolution: Named.nullish(),
      duedate: z.string().nullish(),
      assignee: z
        .looseObject({ accountId: z.string().optional(), displayName: z.string().optional() })
        .nullish(),
      issuetype: Named.nullish(),
    })
    .default({}),
  properties: z.record(z.string(), z.unknown()).optional(),
});
export type RestIssue = z.infer<typeof RestIssue>;

export interface JiraIssue {
  id: string;
  key: string;
  summary: string;
  statusName?: string;
  /** `new`, `indeterminate` or `done` (`statusCategory.key`). */
  statusCategory?: string;
  resolution?: string;
  dueDate?: string;
  assignee?: { accountId?: string; displayName?: string };
  issueType?: string;
  /** Story points when a field was named and holds a number, else 1. */
  scope: number;
  /** The issue's links; empty when the property was not requested or is not set. */
  links: LinksProperty;
  /** Why the property could not be read as links, when it could not (the issue keeps no links). */
  linksProblem?: string;
}

/** A parsed REST issue in the client's terms. */
export function toJiraIssue(rest: RestIssue, storyPointsFieldId: string | undefined): JiraIssue {
  const { fields } = rest;
  const issue: JiraIssue = {
    id: rest.id,
    key: rest.key,
    summary: fields.summary ?? '',
    scope: issueScope(fields, storyPointsFieldId),
    links: parseLinksProperty(undefined),
  };
  if (fields.status?.name !== undefined) issue.statusName = fields.status.name;
  const category = fields.status?.statusCategory?.key;
  if (category !== undefined) issue.statusCategory = category;
  if (fields.resolution?.name !== undefined) issue.resolution = fields.resolution.name;
  const due = dueDateOf(fields.duedate);
  if (due !== undefined) issue.dueDate = due;
  if (fields.assignee) {
    issue.assignee = {
      ...(fields.assignee.accountId === undefined ? {} : { accountId: fields.assignee.accountId }),
      ...(fields.assignee.displayName === undefined
        ? {}
        : { displayName: fields.assignee.displayName }),
    };
  }
  if (fields.issuetype?.name !== undefined) issue.issueType = fields.issuetype.name;
  try {
    issue.links = parseLinksProperty(rest.properties?.[LINKS_PROPERTY_KEY]);
  } catch (error) {
    issue.linksProblem = error instanceof Error ? error.message : String(error);
  }
  return issue;
}
