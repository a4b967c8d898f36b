// The GraphQL documents the client sends, read from apps/linear/queries/*.graphql: the same text
// the contract tests validate against Linear's schema and estimate against its complexity limit.
import { readFileSync } from 'node:fs';

const read = (name: string): string =>
  readFileSync(new URL(`../../queries/${name}.graphql`, import.meta.url), 'utf8');

export const LINEAR_QUERIES = {
  projectsPage: read('projects-page'),
  projectsByIds: read('projects-by-ids'),
  labelGroups: read('label-groups'),
  createExternalLink: read('create-external-link'),
  createProjectLabel: read('create-project-label'),
} as const;

export type LinearQueryName = keyof typeof LINEAR_QUERIES;

/**
 * Page sizes the documents are sent with (their `$first`): sized with the nested `first`s written
 * in the files so that each query stays under Linear's 10,000 points (the contract test checks).
 */
export const PROJECTS_PAGE_SIZE = 100;
export const LABEL_GROUPS_PAGE_SIZE = 25;
/** What `labels(first: …)` and `externalLinks(first: …)` in the project documents ask for. */
export const NESTED_PAGE_SIZE = 20;
/** What `children(first: …)` in label-groups.graphql asks for. */
export const LABEL_CHILDREN_PAGE_SIZE = 100;
