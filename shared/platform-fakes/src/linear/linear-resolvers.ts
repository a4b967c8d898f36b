// The root values and field resolver graphql-js executes documents with, over a LinearWorkspace:
// real pages (`first`/`after`, `pageInfo`), the filters the clients send, and mutations that change
// the workspace. Fields the workspace does not model answer a typed empty value, as a new entity's.
import {
  GraphQLError,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLTypeResolver,
  isEnumType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import type { FakeLabel, FakeProject, FakeStatusType, LinearWorkspace } from './linear-workspace';

/** Linear refuses a page larger than this. */
export const MAX_PAGE_SIZE = 250;
const DEFAULT_PAGE_SIZE = 50;
const STAMP = '2026-01-05T09:00:00.000Z';

const STATUS_TYPES: readonly FakeStatusType[] = [
  'backlog',
  'planned',
  'started',
  'paused',
  'completed',
  'canceled',
];

type Node = { id: string } & Record<string, unknown>;
interface PageArgs {
  first?: number | null;
  after?: string | null;
  includeArchived?: boolean | null;
  filter?: Filter | null;
}
type Filter = Record<string, unknown>;

/** A GraphQL error as Linear shapes it: a type the SDK maps to its error classes, and a code. */
export function linearError(message: string, type = 'invalid input', code = 'INVALID_INPUT') {
  return new GraphQLError(message, {
    extensions: { type, code, userPresentableMessage: message },
  });
}

export function connection<T>(items: readonly T[], args: PageArgs, toNode: (item: T) => Node) {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw linearError(`first must be between 0 and ${MAX_PAGE_SIZE}`);
  }
  const nodes = items.map(toNode);
  let start = 0;
  if (args.after != null) {
    const at = nodes.findIndex((node) => node.id === args.after);
    if (at < 0) throw linearError(`Invalid cursor: ${args.after}`);
    start = at + 1;
  }
  const page = nodes.slice(start, start + first);
  return {
    nodes: page,
    edges: page.map((node) => ({ node, cursor: node.id })),
    pageInfo: {
      hasNextPage: start + first < nodes.length,
      hasPreviousPage: start > 0,
      startCursor: page[0]?.id ?? null,
      endCursor: page.at(-1)?.id ?? null,
    },
  };
}

type Comparable = string | number | boolean | null;

/** Linear's comparators (`eq`, `neq`, `in`, `nin`, `null`) on one value; others are refused. */
function compares(comparator: unknown, value: Comparable, where: string): boolean {
  if (typeof comparator !== 'object' || comparator === null) return true;
  return Object.entries(comparator).every(([operator, operand]) => {
    switch (operator) {
      case 'eq':
        return value === operand;
      case 'neq':
        return value !== operand;
      case 'in':
        return Array.isArray(operand) && operand.includes(value);
      case 'nin':
        return Array.isArray(operand) && !operand.includes(value);
      case 'null':
        return (value === null) === operand;
      case 'eqIgnoreCase':
        return String(value).toLowerCase() === String(operand).toLowerCase();
      default:
        throw linearError(`The Linear fake does not filter ${where} by ${operator}`);
    }
  });
}

function matches<T>(
  filter: Filter | null | undefined,
  item: T,
  fields: Readonly<Record<string, (item: T, comparator: unknown) => boolean>>,
  where: string,
): boolean {
  if (filter == null) return true;
  return Object.entries(filter).every(([key, comparator]) => {
    if (key === 'and')
      return (comparator as Filter[]).every((f) => matches(f, item, fields, where));
    if (key === 'or') return (comparator as Filter[]).some((f) => matches(f, item, fields, where));
    const field = fields[key];
    if (field === undefined)
      throw linearError(`The Linear fake does not filter ${where} by ${key}`);
    return field(item, comparator);
  });
}

export function createRoots(workspace: LinearWorkspace) {
  let syncId = 1000;

  const statusNode = (type: FakeStatusType): Node => ({
    id: `status-${type}`,
    name: type.charAt(0).toUpperCase() + type.slice(1),
    type,
    color: '#5e6ad2',
    position: STATUS_TYPES.indexOf(type),
    createdAt: STAMP,
    updatedAt: STAMP,
  });

  const labelFields: Record<string, (label: FakeLabel, comparator: unknown) => boolean> = {
    id: (label, c) => compares(c, label.id, 'project labels'),
    name: (label, c) => compares(c, label.name, 'project labels'),
    isGroup: (label, c) => compares(c, label.isGroup, 'project labels'),
    parent: (label, c) => {
      const parent = label.parentId === null ? undefined : workspace.labels.get(label.parentId);
      return parent !== undefined && matches(c as Filter, parent, labelFields, 'project labels');
    },
  };
  const projectFields: Record<string, (project: FakeProject, comparator: unknown) => boolean> = {
    id: (project, c) => compares(c, project.id, 'projects'),
    name: (project, c) => compares(c, project.name, 'projects'),
  };

  const labelsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const label = workspace.labels.get(id);
      return label === undefined ? [] : [label];
    });

  const labelNode = (label: FakeLabel): Node => ({
    id: label.id,
    name: label.name,
    isGroup: label.isGroup,
    groupType: label.groupType,
    color: '#5e6ad2',
    createdAt: label.createdAt,
    updatedAt: label.createdAt,
    parent: () => {
      const parent = label.parentId === null ? undefined : workspace.labels.get(label.parentId);
      return parent === undefined ? null : labelNode(parent);
    },
    children: (args: PageArgs) => {
      const children = [...workspace.labels.values()].filter((l) => l.parentId === label.id);
      return connection(
        children.filter((child) => matches(args.filter, child, labelFields, 'project labels')),
        args,
        labelNode,
      );
    },
  });

  const projectNode = (project: FakeProject): Node => ({
    id: project.id,
    name: project.name,
    slugId: project.slugId,
    url: workspace.projectUrl(project),
    status: statusNode(project.statusType),
    health: project.health,
    progress: project.progress,
    scope: project.scope,
    startDate: project.startDate,
    targetDate: project.targetDate,
    archivedAt: project.archivedAt,
    createdAt: project.createdAt,
    updatedAt: project.updatedAt,
    labelIds: project.labelIds,
    labels: (args: PageArgs) =>
      connection(
        labelsOf(project.labelIds).filter((l) =>
          matches(args.filter, l, labelFields, 'project labels'),
        ),
        args,
        labelNode,
      ),
    externalLinks: (args: PageArgs) =>
      connection(
        project.externalLinkIds.flatMap((id) => {
          const link = workspace.links.get(id);
          return link === undefined ? [] : [link];
        }),
        args,
        (link) => ({ ...link, sortOrder: 0, updatedAt: link.createdAt }),
      ),
  });

  const entity = <T>(map: ReadonlyMap<string, T>, id: string, kind: string): T => {
    const found = map.get(id);
    if (found === undefined) throw linearError(`Entity not found: ${kind}`, 'invalid input');
    return found;
  };

  const query = {
    projects: (args: PageArgs) =>
      connection(
        [...workspace.projects.values()].filter(
          (project) =>
            (args.includeArchived === true || project.archivedAt === null) &&
            matches(args.filter, project, projectFields, 'projects'),
        ),
        args,
        projectNode,
      ),
    project: ({ id }: { id: string }) => projectNode(entity(workspace.projects, id, 'Project')),
    projectStatus: ({ id }: { id: string }) => {
      const type = STATUS_TYPES.find((candidate) => `status-${candidate}` === id);
      if (type === undefined) throw linearError('Entity not found: ProjectStatus');
      return statusNode(type);
    },
    projectStatuses: (args: PageArgs) =>
      connection(STATUS_TYPES.map(statusNode), args, (node) => node),
    projectLabels: (args: PageArgs) =>
      connection(
        [...workspace.labels.values()].filter((label) =>
          matches(args.filter, label, labelFields, 'project labels'),
        ),
        args,
        labelNode,
      ),
    projectLabel: ({ id }: { id: string }) =>
      labelNode(entity(workspace.labels, id, 'ProjectLabel')),
  };

  const mutation = {
    entityExternalLinkCreate: ({ input }: { input: Record<string, unknown> }) => {
      const { projectId, url, label } = input as { projectId?: string; url: string; label: string };
      if (projectId === undefined) {
        throw linearError('The Linear fake keeps external links on projects only');
      }
      entity(workspace.projects, projectId, 'Project');
      if (!URL.canParse(url)) throw linearError('url must be a URL');
      const link = workspace.addLink(projectId, url, label);
      return { success: true, lastSyncId: ++syncId, entityExternalLink: { ...link, sortOrder: 0 } };
    },
    projectLabelCreate: ({ input }: { input: Record<string, unknown> }) => {
      const { name, isGroup, parentId } = input as {
        name: string;
        isGroup?: boolean | null;
        parentId?: string | null;
      };
      if (name.trim() === '') throw linearError('name must not be empty');
      if (parentId != null) {
        const parent = entity(workspace.labels, parentId, 'ProjectLabel');
        if (!parent.isGroup) throw linearError('The parent label is not a group');
      }
      const siblings = [...workspace.labels.values()].filter(
        (l) => l.parentId === (parentId ?? null),
      );
      if (siblings.some((l) => l.name.toLowerCase() === name.trim().toLowerCase())) {
        throw linearError(`A project label named "${name}" already exists`);
      }
      const created = workspace.addLabel({
        name: name.trim(),
        isGroup: isGroup === true,
        parentId: parentId ?? null,
      });
      return { success: true, lastSyncId: ++syncId, projectLabel: labelNode(created) };
    },
  };

  return { query, mutation };
}

const SCALAR_FALLBACKS: Readonly<Record<string, unknown>> = {
  Int: 0,
  Float: 0,
  Boolean: false,
  DateTime: STAMP,
  TimelessDate: STAMP.slice(0, 10),
  JSON: {},
  JSONObject: {},
};

/** What a field the workspace does not model answers: null, or an empty value of its type. */
function fallback(type: GraphQLOutputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isScalarType(inner)) return SCALAR_FALLBACKS[inner.name] ?? '';
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  return {};
}

/** Functions on a source are called with the field's arguments; a root field not served fails. */
export const fieldResolver: GraphQLFieldResolver<unknown, unknown> = (source, args, _c, info) => {
  const value = (source as Record<string, unknown> | null)?.[info.fieldName];
  if (typeof value === 'function') return value(args, info);
  if (value !== undefined) return value;
  const root = info.schema.getRootType(info.operation.operation);
  if (info.parentType === root) {
    throw linearError(`${info.fieldName} is not served by the Linear fake`, 'graphql error');
  }
  return fallback(info.returnType);
};

/** An interface or union value without `__typename` is its first possible type. */
export const typeResolver: GraphQLTypeResolver<unknown, unknown> = (value, _c, info, type) => {
  const named = (value as { __typename?: unknown } | null)?.__typename;
  return typeof named === 'string' ? named : info.schema.getPossibleTypes(type)[0]?.name;
};
