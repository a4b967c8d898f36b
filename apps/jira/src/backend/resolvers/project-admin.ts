// Project administrators only: the resolvers that change maps, project journeys or settings ask Jira first.
import type { ResolverKey } from '../../contract/resolver-contract';
import type { BackendDeps } from '../services/backend-deps';
import { ServiceError } from '../services/service-error';
import type { TrustedContext } from './trusted-context';

/**
 * The keys that change maps, project journeys or settings. Jira shows the settings page only to project
 * administrators, but a resolver cannot know which page really called it, so each call is checked again
 * as the user against the context's project.
 */
export const PROJECT_ADMIN_KEYS: ReadonlySet<ResolverKey> = new Set<ResolverKey>([
  'importMap',
  'setProjectJourneys',
  'editStage',
  'scorePainPoint',
  'saveSettings',
]);

/** Throws `forbidden` unless the user has ADMINISTER_PROJECTS on the context's project. */
export async function requireProjectAdmin(
  context: TrustedContext,
  deps: BackendDeps,
): Promise<void> {
  if (!context.project) throw new ServiceError('wrong-context', 'Open this from a Jira project');
  if (await deps.jira.canAdministerProject(context.project.id)) return;
  throw new ServiceError(
    'forbidden',
    `Only an administrator of project ${context.project.key} can change its journeys and settings; nothing was changed`,
  );
}
