// The functions the manifest names (backend/index.<name>): thin entries over resolvers, the JQL function, triggers.

import { forgeDeps } from './forge-deps';
import { inJourneyStage as resolveInJourneyStage } from './jql/in-journey-stage';
import { defineResolvers } from './resolvers/define-resolvers';
import { mapStore } from './storage/map-store';
import { onIssueChanged, projectOfEvent } from './triggers/issue-changed';

/** Every Custom UI resolver; each acts as the user who opened the page. */
export const resolver = defineResolvers((context) =>
  forgeDeps({ as: 'user', siteUrl: context.siteUrl, projectId: context.project?.id }),
);

/** `issue in inJourneyStage("Journey", "Stage")`: reads only the app's own maps. */
export const inJourneyStage = (args: unknown) => resolveInJourneyStage(args, mapStore);

/** No user acts in a trigger, so Jira is read as the app, with the issue's project's settings. */
export const issueChanged = async (event: unknown) => {
  await onIssueChanged(await forgeDeps({ as: 'app', projectId: projectOfEvent(event) }), event);
};
