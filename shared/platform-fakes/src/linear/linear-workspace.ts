// A seedable in-memory Linear workspace: projects with status, health, progress, scope, dates,
// labels and external links; project labels and label groups. The fake's resolvers read and
// change it; tests seed it and look into it.

export type FakeStatusType =
  | 'backlog'
  | 'planned'
  | 'started'
  | 'paused'
  | 'completed'
  | 'canceled';
export type FakeHealth = 'onTrack' | 'atRisk' | 'offTrack';

export interface FakeProjectSeed {
  /** Allocated (`project-1`…) when absent. */
  id?: string;
  name: string;
  statusType?: FakeStatusType;
  health?: FakeHealth | null;
  progress?: number;
  scope?: number;
  startDate?: string | null;
  targetDate?: string | null;
  /** Archived projects are left out of `projects` unless `includeArchived`. */
  archivedAt?: string | null;
  updatedAt?: string;
  labelIds?: readonly string[];
  externalLinks?: readonly { id?: string; url: string; label: string }[];
}

export interface FakeLabelSeed {
  id?: string;
  name: string;
  isGroup?: boolean;
  parentId?: string | null;
  /** sdk-98-additions: how many children of a group a project may carry. */
  groupType?: 'singleSelect' | 'multiSelect' | null;
}

export interface FakeExternalLink {
  id: string;
  url: string;
  label: string;
  projectId: string;
  createdAt: string;
}

export interface FakeProject {
  id: string;
  name: string;
  slugId: string;
  statusType: FakeStatusType;
  health: FakeHealth | null;
  progress: number;
  scope: number;
  startDate: string | null;
  targetDate: string | null;
  archivedAt: string | null;
  createdAt: string;
  updatedAt: string;
  labelIds: string[];
  externalLinkIds: string[];
}

export interface FakeLabel {
  id: string;
  name: string;
  isGroup: boolean;
  parentId: string | null;
  groupType: 'singleSelect' | 'multiSelect' | null;
  createdAt: string;
}

export interface LinearWorkspaceSeed {
  urlKey?: string;
  projects?: readonly FakeProjectSeed[];
  labels?: readonly FakeLabelSeed[];
}

/** Fixed time stamps keep answers stable from run to run. */
const SEEDED_AT = '2026-01-05T09:00:00.000Z';

export class LinearWorkspace {
  readonly urlKey: string;
  /** In creation order, which is the order `projects` pages in. */
  readonly projects = new Map<string, FakeProject>();
  readonly labels = new Map<string, FakeLabel>();
  readonly links = new Map<string, FakeExternalLink>();
  private nextId = 1;

  constructor(seed: LinearWorkspaceSeed = {}) {
    this.urlKey = seed.urlKey ?? 'throughline';
    for (const label of seed.labels ?? []) this.addLabel(label);
    for (const project of seed.projects ?? []) this.addProject(project);
  }

  addLabel(seed: FakeLabelSeed): FakeLabel {
    const label: FakeLabel = {
      id: seed.id ?? this.allocate('label'),
      name: seed.name,
      isGroup: seed.isGroup ?? false,
      parentId: seed.parentId ?? null,
      groupType: seed.groupType ?? (seed.isGroup === true ? 'singleSelect' : null),
      createdAt: SEEDED_AT,
    };
    this.labels.set(label.id, label);
    return label;
  }

  addProject(seed: FakeProjectSeed): FakeProject {
    const id = seed.id ?? this.allocate('project');
    const project: FakeProject = {
      id,
      name: seed.name,
      slugId: id.replace(/[^a-z0-9]/gi, '').slice(-12),
      statusType: seed.statusType ?? 'started',
      health: seed.health ?? null,
      progress: seed.progress ?? 0,
      scope: seed.scope ?? 0,
      startDate: seed.startDate ?? null,
      targetDate: seed.targetDate ?? null,
      archivedAt: seed.archivedAt ?? null,
      createdAt: SEEDED_AT,
      updatedAt: seed.updatedAt ?? SEEDED_AT,
      labelIds: [...(seed.labelIds ?? [])],
      externalLinkIds: [],
    };
    this.projects.set(id, project);
    for (const link of seed.externalLinks ?? []) this.addLink(id, link.url, link.label, link.id);
    return project;
  }

  addLink(projectId: string, url: string, label: string, id?: string): FakeExternalLink {
    const link: FakeExternalLink = {
      id: id ?? this.allocate('link'),
      url,
      label,
      projectId,
      createdAt: SEEDED_AT,
    };
    this.links.set(link.id, link);
    this.projects.get(projectId)?.externalLinkIds.push(link.id);
    return link;
  }

  projectUrl(project: FakeProject): string {
    const slug = project.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    return `https://linear.app/${this.urlKey}/project/${slug}-${project.slugId}`;
  }

  private allocate(kind: string): string {
    let id: string;
    do id = `${kind}-${this.nextId++}`;
    while (this.projects.has(id) || this.labels.has(id) || this.links.has(id));
    return id;
  }
}
