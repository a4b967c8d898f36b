// The official Jira Cloud platform REST swagger (a copy in specs/jira), loaded once for the fake's request checker.
import { readFileSync } from 'node:fs';

/** The OpenAPI 3.0 document every Jira request in the tests is checked against. */
export const jiraSpec: unknown = JSON.parse(
  readFileSync(new URL('./specs/jira/swagger-v3.v3.json', import.meta.url), 'utf8'),
);
