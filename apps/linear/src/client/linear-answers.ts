// The shapes our documents' answers come back in, parsed with zod, and turned into the model.
import { z } from 'zod';
import type { LabelGroup, LinearProject } from './linear-model';

const Nodes = <T extends z.ZodType>(node: T) => z.object({ nodes: z.array(node) });
const PageInfo = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });
/** A nested connection read in one go: only whether it was cut short. */
const NestedPageInfo = z.object({ hasNextPage: z.boolean() });

export const ProjectNode = z.object({
  id: z.string(),
  name: z.string(),
  slugId: z.string(),
  url: z.string(),
  status: z.object({
    type: z.enum(['backlog', 'planned', 'started', 'paused', 'completed', 'canceled']),
  }),
  health: z.enum(['onTrack', 'atRisk', 'offTrack']).nullable(),
  progress: z.number(),
  scope: z.number(),
  startDate: z.string().nullable(),
  targetDate: z.string().nullable(),
  archivedAt: z.string().nullable(),
  updatedAt: z.string(),
  labelIds: z.array(z.string()),
  labels: Nodes(
    z.object({ id: z.string(), name: z.string(), parent: z.object({ id: z.string() }).nullable() }),
  ),
  externalLinks: Nodes(z.object({ id: z.string(), url: z.string() })).extend({
    pageInfo: NestedPageInfo,
  }),
});
export type ProjectNode = z.infer<typeof ProjectNode>;

export const ProjectsPageAnswer = z.object({
  projects: Nodes(z.unknown()).extend({ pageInfo: PageInfo }),
});
export const ProjectsByIdsAnswer = z.object({ projects: Nodes(z.unknown()) });

export const LabelGroupsAnswer = z.object({
  projectLabels: Nodes(
    z.object({
      id: z.string(),
      name: z.string(),
      children: Nodes(z.object({ id: z.string(), name: z.string() })).extend({
        pageInfo: NestedPageInfo,
      }),
    }),
  ).extend({ pageInfo: PageInfo }),
});

export const CreateExternalLinkAnswer = z.object({
  entityExternalLinkCreate: z.object({
    success: z.boolean(),
    entityExternalLink: z.object({ id: z.string() }),
  }),
});

export const CreateProjectLabelAnswer = z.object({
  projectLabelCreate: z.object({
    success: z.boolean(),
    projectLabel: z.object({ id: z.string(), name: z.string() }),
  }),
});

export function toLinearProject(node: ProjectNode): LinearProject {
  return {
    id: node.id,
    name: node.name,
    slugId: node.slugId,
    url: node.url,
    statusType: node.status.type,
    health: node.health,
    progress: node.progress,
    scope: node.scope,
    // Linear's TimelessDate is `YYYY-MM-DD` already; a longer value is cut to the day.
    startDate: node.startDate?.slice(0, 10) ?? null,
    targetDate: node.targetDate?.slice(0, 10) ?? null,
    archivedAt: node.archivedAt,
    updatedAt: node.updatedAt,
    labels: node.labels.nodes.map((label) => ({
      id: label.id,
      name: label.name,
      parentId: label.parent?.id ?? null,
    })),
    externalLinks: node.externalLinks.nodes.map(({ id, url }) => ({ id, url })),
  };
}

export function toLabelGroup(
  node: z.infer<typeof LabelGroupsAnswer>['projectLabels']['nodes'][number],
): LabelGroup {
  return {
    id: node.id,
    name: node.name,
    children: node.children.nodes.map(({ id, name }) => ({ id, name })),
  };
}
