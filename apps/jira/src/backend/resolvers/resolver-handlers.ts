// Each resolver key's work: read the trusted context, call the service. Parsing and errors live in define-resolvers.
import type { ParsedRequestOf, ResolverKey, ResponseOf } from '../../contract/resolver-contract';
import type { BackendDeps, ContextIssue, ContextProject } from '../services/backend-deps';
import { loadJourneyBoard } from '../services/journey-board';
import { listJourneys, setProjectJourneys } from '../services/journey-catalog';
import { getIssueLinks, linkIssue, unlinkIssue } from '../services/link-service';
import { editStage, scorePain } from '../services/map-edits';
import { importMap } from '../services/map-import';
import { ServiceError } from '../services/service-error';
import { getStageContext } from '../services/stage-context';
import type { TrustedContext } from './trusted-context';

export interface HandlerInput<K extends ResolverKey> {
  request: ParsedRequestOf<K>;
  context: TrustedContext;
  deps: BackendDeps;
}

export type ResolverHandlers = {
  [K in ResolverKey]: (input: HandlerInput<K>) => Promise<ResponseOf<K>>;
};

function issueOf(context: TrustedContext): ContextIssue {
  if (!context.issue) throw new ServiceError('wrong-context', 'Open this from a Jira issue');
  return context.issue;
}

function projectOf(context: TrustedContext): ContextProject {
  if (!context.project) throw new ServiceError('wrong-context', 'Open this from a Jira project');
  return context.project;
}

export const resolverHandlers: ResolverHandlers = {
  getIssueLinks: ({ context, deps }) => getIssueLinks(deps, issueOf(context)),
  linkIssue: ({ request, context, deps }) => linkIssue(deps, issueOf(context), request),
  unlinkIssue: ({ request, context, deps }) => unlinkIssue(deps, issueOf(context), request),
  listJourneys: ({ request, context, deps }) => listJourneys(deps, context.project, request.scope),
  getStageContext: ({ request, context, deps }) =>
    getStageContext(deps, issueOf(context), request.mapId, request.stageId),
  getJourneyBoard: ({ request, context, deps }) =>
    loadJourneyBoard(deps, projectOf(context), request.asOf),
  importMap: ({ request, context, deps }) =>
    importMap(deps, projectOf(context), request.text, request.addToProject),
  setProjectJourneys: ({ request, context, deps }) =>
    setProjectJourneys(deps, projectOf(context), request.mapIds),
  editStage: ({ request, context, deps }) => editStage(deps, projectOf(context), request),
  scorePainPoint: ({ request, context, deps }) => scorePain(deps, projectOf(context), request),
  getSettings: async ({ deps }) => deps.settings,
  saveSettings: ({ request, context, deps }) =>
    deps.app.saveSettings(projectOf(context).id, request),
};
