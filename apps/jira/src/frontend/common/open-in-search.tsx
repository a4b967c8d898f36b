// "Open in search": Jira's issue search with a stage's JQL, in a new tab through the bridge's router.
import Button from '@atlaskit/button/new';
import { router } from '@forge/bridge';

/** Relative to the Jira site the app runs in: the router resolves it against the host. */
export function searchPath(jql: string): string {
  return `/issues/?jql=${encodeURIComponent(jql)}`;
}

export function OpenInSearch({ jql, label }: { jql: string; label: string }) {
  return (
    <Button
      appearance="subtle"
      spacing="compact"
      onClick={() => void router.open(searchPath(jql))}
      aria-label={label}
      testId="open-in-search"
    >
      Open in search
    </Button>
  );
}
