// Which view the `issue-panel` resource shows: the manifest points the issue panel and the issue context at it.
import { MODULE_KEYS } from '../../backend/resolvers/module-access';

/** `panel` links and unlinks; `context` is the stage at a look, read-only, for the issue's context area. */
export type IssueView = 'panel' | 'context';

/** Anything but the issue context module's key (or no context at all) gets the full panel. */
export function issueViewFor(moduleKey: unknown): IssueView {
  return moduleKey === MODULE_KEYS.issueContext ? 'context' : 'panel';
}
