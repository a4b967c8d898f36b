// What the Linear client reads and writes, in our terms: projects with their labels, label groups, external links.
// The client parses every GraphQL answer into these with zod; nothing else in the app sees Linear's raw shapes.

/** Linear's project status types (`ProjectStatusType`). */
export type ProjectStatusType =
  | 'backlog'
  | 'planned'
  | 'started'
  | 'paused'
  | 'completed'
  | 'canceled';

/** Linear's project health (`ProjectUpdateHealthType`); null until a project update sets it. */
export type ProjectHealth = 'onTrack' | 'atRisk' | 'offTrack';

export interface ProjectLabelRef {
  id: string;
  name: string;
  /** The label group it belongs to; null for a label outside any group. */
  parentId: string | null;
}

export interface LinearProject {
  id: string;
  name: string;
  slugId: string;
  url: string;
  statusType: ProjectStatusType;
  health: ProjectHealth | null;
  /** 0 to 1. */
  progress: number;
  /** Linear's estimate of the project's size; may be 0. */
  scope: number;
  /** `YYYY-MM-DD`. */
  startDate: string | null;
  targetDate: string | null;
  /** Set for archived projects, which the portfolio leaves out. */
  archivedAt: string | null;
  updatedAt: string;
  labels: ProjectLabelRef[];
  /**
   * Links already on the project, so that write-back is idempotent with no extra read: by URL only
   * (their labels are not read, to keep the page under Linear's complexity limit).
   */
  externalLinks: { id: string; url: string }[];
}

/** A project label group (`isGroup`) and its child labels. */
export interface LabelGroup {
  id: string;
  name: string;
  children: { id: string; name: string }[];
}

/** What a read of every project reports while its pages come in (for a progress line on stderr). */
export interface PageProgress {
  pages: number;
  projects: number;
}

export interface LinearClient {
  /** Every project, one GraphQL request per page with every field nested; archived ones left out by Linear. */
  listProjects(options?: { onPage?: (progress: PageProgress) => void }): Promise<LinearProject[]>;
  /** The named projects in one request (a webhook's changed projects). Missing ids are left out. */
  projectsByIds(ids: readonly string[]): Promise<LinearProject[]>;
  /** Every project label group with its children (one request per page). */
  listLabelGroups(): Promise<LabelGroup[]>;
  /** Creates a label group; returns its id. */
  createLabelGroup(name: string): Promise<LabelGroup>;
  /** Creates a child label in a group; returns its id. */
  createLabel(groupId: string, name: string): Promise<{ id: string; name: string }>;
  /** Puts a link on a project (`entityExternalLinkCreate`). */
  createExternalLink(projectId: string, url: string, label: string): Promise<{ id: string }>;
  /** Requests sent so far (for tests and the progress line). */
  readonly requests: number;
}
