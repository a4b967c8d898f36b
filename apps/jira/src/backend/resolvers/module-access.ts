// Which module may call which resolver: every module shares one resolver function, so the key decides.
// No runtime imports: the Custom UI reads MODULE_KEYS too, to pick the issue view its module needs.
import type { ResolverKey } from '../../contract/resolver-contract';

/** The manifest's module keys (a test checks they match manifests/jira/manifest.yml). */
export const MODULE_KEYS = {
  issuePanel: 'throughline-issue-panel',
  issueContext: 'throughline-issue-context',
  journeyBoard: 'throughline-journey-board',
  settings: 'throughline-settings',
} as const;

const ISSUE_MODULES = [MODULE_KEYS.issuePanel, MODULE_KEYS.issueContext];

/**
 * Changes to maps, project journeys and settings come only from the project settings page, which
 * Jira shows to project administrators alone (and project-admin.ts asks Jira again for every change);
 * the issue panel and the board only read and link.
 */
export const MODULES_BY_KEY: Record<ResolverKey, readonly string[]> = {
  getIssueLinks: ISSUE_MODULES,
  linkIssue: ISSUE_MODULES,
  unlinkIssue: ISSUE_MODULES,
  getStageContext: ISSUE_MODULES,
  listJourneys: [...ISSUE_MODULES, MODULE_KEYS.journeyBoard, MODULE_KEYS.settings],
  getJourneyBoard: [MODULE_KEYS.journeyBoard],
  importMap: [MODULE_KEYS.settings],
  setProjectJourneys: [MODULE_KEYS.settings],
  editStage: [MODULE_KEYS.settings],
  scorePainPoint: [MODULE_KEYS.settings],
  getSettings: [MODULE_KEYS.settings],
  saveSettings: [MODULE_KEYS.settings],
};
