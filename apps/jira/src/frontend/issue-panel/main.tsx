// Entry of the `issue-panel` resource: the full issue panel, or the stage at a look in the issue context module.
import { view } from '@forge/bridge';
import { mountApp } from '../common/mount-app';
import { IssueContext } from './issue-context';
import { IssuePanel } from './issue-panel';
import { issueViewFor } from './issue-view';

// Forge's context names the module the frame was opened for; without it the full panel is the safe view.
const moduleKey = await view.getContext().then(
  (context) => context.moduleKey,
  () => undefined,
);
mountApp(issueViewFor(moduleKey) === 'context' ? <IssueContext /> : <IssuePanel />);
