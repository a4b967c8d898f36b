// The one contract between the Custom UI and the resolvers: keys, request and response schemas, the result envelope.
// The issue and the project always come from the Forge context, never from a payload: no schema here names them.
import { Id, Name } from '@throughline/journey-core';
import { z } from 'zod';

export { Id };

/**
 * A map file's text. Forge caps an invocation's payload (about 5 MB); 4 MiB of JSON leaves room for
 * the envelope and is far beyond any workshop map (a 10,000-item map is about 3 MB).
 */
export const MAX_MAP_TEXT_LENGTH = 4 * 1024 * 1024;
/** How many journeys a project may show on its board. */
export const MAX_PROJECT_JOURNEYS = 50;
/** Jira's own limit on the number of resolutions a site may define is far below this. */
export const MAX_CANCELED_RESOLUTIONS = 50;

const Empty = z.strictObject({});

// ---------------------------------------------------------------------------------------------
// Shared shapes

export const LinkTarget = z.strictObject({
  mapId: Id,
  stageId: Id,
  painPointId: Id.optional(),
});
export type LinkTarget = z.infer<typeof LinkTarget>;

export const WorkStatus = z.enum(['todo', 'in-progress', 'done', 'canceled']);
export type WorkStatus = z.infer<typeof WorkStatus>;

/** A set of links' health, as the core's rollup reports it. */
export const RollupHealth = z.enum(['off-track', 'at-risk', 'on-track', 'done', 'none']);
export type RollupHealth = z.infer<typeof RollupHealth>;

/** Where a stage or journey stands for investment, as the core's portfolio reports it. */
export const PortfolioStatus = z.enum([
  'off-track',
  'underfunded',
  'at-risk',
  'on-track',
  'no-work',
]);
export type PortfolioStatus = z.infer<typeof PortfolioStatus>;

export const DiagnosticView = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type DiagnosticView = z.infer<typeof DiagnosticView>;

export const Person = z.object({
  accountId: z.string(),
  displayName: z.string(),
  avatarUrl: z.string().optional(),
});
export type Person = z.infer<typeof Person>;

/** One Jira issue as the UI shows it: a lozenge for its status, the assignee's avatar. */
export const IssueCard = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  url: z.string().optional(),
  status: WorkStatus,
  /** Jira's own status name ("In Review"), for the lozenge text. */
  statusName: z.string().optional(),
  assignee: Person.optional(),
  dueDate: z.string().optional(),
  painPointId: z.string().optional(),
});
export type IssueCard = z.infer<typeof IssueCard>;

/** A link of the context's issue, with the names it points at (`missing` when the map lost them). */
export const IssueLinkView = z.object({
  mapId: z.string(),
  stageId: z.string(),
  painPointId: z.string().optional(),
  mapTitle: z.string().optional(),
  stageName: z.string().optional(),
  painPointTitle: z.string().optional(),
  missing: z.boolean(),
});
export type IssueLinkView = z.infer<typeof IssueLinkView>;

/** What the pickers need: each journey with its stages (in order) and pain points. */
export const JourneyOption = z.object({
  mapId: z.string(),
  key: z.string(),
  title: z.string(),
  phases: z.array(z.object({ id: z.string(), name: z.string(), stageIds: z.array(z.string()) })),
  stages: z.array(
    z.object({ id: z.string(), key: z.string(), name: z.string(), owner: z.string().optional() }),
  ),
  painPoints: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      title: z.string(),
      stageId: z.string(),
      severity: z.number().optional(),
      reach: z.number().optional(),
      status: z.enum(['open', 'resolved', 'accepted']),
    }),
  ),
});
export type JourneyOption = z.infer<typeof JourneyOption>;

export const KpiView = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  direction: z.enum(['increase', 'decrease']),
  target: z.number(),
  current: z.number().optional(),
  /** 0 to 1 from baseline to target; absent without a reading. */
  attainment: z.number().optional(),
});
export type KpiView = z.infer<typeof KpiView>;

export const StatusCounts = z.object({
  todo: z.number(),
  inProgress: z.number(),
  done: z.number(),
  canceled: z.number(),
  total: z.number(),
});

export const Settings = z.strictObject({
  /** The custom field holding story points (`customfield_10016`); null counts every issue as 1. */
  storyPointsField: z
    .string()
    .regex(/^customfield_\d{1,10}$/, 'must be a custom field id like customfield_10016')
    .nullable(),
  /** Resolutions that make a done issue count as canceled; compared case-insensitively. */
  canceledResolutions: z.array(z.string().trim().min(1).max(100)).max(MAX_CANCELED_RESOLUTIONS),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  storyPointsField: null,
  canceledResolutions: ["Won't Do", "Won't Fix", 'Duplicate', 'Declined', 'Cannot Reproduce'],
};

// ---------------------------------------------------------------------------------------------
// Per key

const IssueLinks = z.object({
  issue: z.object({ id: z.string(), key: z.string() }),
  links: z.array(IssueLinkView),
});

const StageContext = z.object({
  mapId: z.string(),
  mapTitle: z.string(),
  stage: z.object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    owner: z.string().optional(),
    phaseName: z.string().optional(),
  }),
  /** The stage's rollup over every issue linked to it, the context's issue included. */
  health: RollupHealth,
  /** Scope-weighted share done, 0 to 1; null without weighted work. */
  progress: z.number().nullable(),
  painPoints: JourneyOption.shape.painPoints,
  kpis: z.array(KpiView),
  /** Other issues linked to the stage (not the context's issue). */
  issues: z.array(IssueCard),
  /** Finds every issue of the stage. */
  jql: z.string(),
});

const BoardPainPoint = z.object({
  id: z.string(),
  key: z.string(),
  title: z.string(),
  severity: z.number().optional(),
  reach: z.number().optional(),
  status: z.enum(['open', 'resolved', 'accepted']),
  /** Open, and no live issue names it. */
  unaddressed: z.boolean(),
  issues: z.array(IssueCard),
});

const BoardStage = z.object({
  stageId: z.string(),
  key: z.string(),
  name: z.string(),
  owner: z.string().optional(),
  index: z.number(),
  health: RollupHealth,
  /** Scope-weighted share done, 0 to 1; null without weighted work. */
  progress: z.number().nullable(),
  status: PortfolioStatus,
  rank: z.number(),
  reasons: z.array(z.string()),
  counts: StatusCounts,
  overdue: z.number(),
  painPoints: z.array(BoardPainPoint),
  /** Issues on the stage that name no pain point of it. */
  issues: z.array(IssueCard),
  kpis: z.array(KpiView),
  jql: z.string(),
});

const BoardJourney = z.object({
  mapId: z.string(),
  key: z.string(),
  title: z.string(),
  rank: z.number(),
  score: z.number(),
  status: PortfolioStatus,
  health: RollupHealth,
  progress: z.number().nullable(),
  counts: StatusCounts,
  reasons: z.array(z.string()),
  /** Columns: each phase with its stages in order; stages in no phase come under `phaseId: null`. */
  columns: z.array(
    z.object({
      phaseId: z.string().nullable(),
      phaseName: z.string().nullable(),
      stages: z.array(BoardStage),
    }),
  ),
  unaddressedPainPoints: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      title: z.string(),
      stageId: z.string(),
      stageName: z.string(),
    }),
  ),
  /** Linked to a stage the map no longer has. */
  unmatchedIssues: z.array(IssueCard),
  jql: z.string(),
});
export type BoardJourney = z.infer<typeof BoardJourney>;
export type BoardStage = z.infer<typeof BoardStage>;
export type BoardPainPoint = z.infer<typeof BoardPainPoint>;

const JourneyBoard = z.object({
  projectKey: z.string(),
  asOf: z.string(),
  /** In portfolio rank: the journey that most needs investment first. */
  journeys: z.array(BoardJourney),
  /** The first stages of the portfolio ranking across the project's journeys. */
  topStages: z.array(
    z.object({
      rank: z.number(),
      mapId: z.string(),
      stageId: z.string(),
      name: z.string(),
      mapTitle: z.string(),
      status: PortfolioStatus,
      reasons: z.array(z.string()),
    }),
  ),
});
export type JourneyBoard = z.infer<typeof JourneyBoard>;

const ImportResult = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('invalid'), diagnostics: z.array(DiagnosticView) }),
  z.object({
    outcome: z.literal('stored'),
    mapId: z.string(),
    title: z.string(),
    /** True when a map with this id existed and the import was merged into it (`mergeMaps`). */
    merged: z.boolean(),
    /** Warnings from validation and merge conflicts, for the person to review. */
    diagnostics: z.array(DiagnosticView),
    changes: z.object({
      stagesAdded: z.number(),
      stagesRemoved: z.number(),
      itemsAdded: z.number(),
      itemsRemoved: z.number(),
      conflicts: z.number(),
    }),
    projectJourneyIds: z.array(z.string()),
  }),
]);
export type ImportResult = z.infer<typeof ImportResult>;

/** Every resolver: its request schema (what the browser may send) and its response data schema. */
export const resolverContract = {
  getIssueLinks: { request: Empty, response: IssueLinks },
  linkIssue: { request: LinkTarget, response: IssueLinks },
  unlinkIssue: { request: LinkTarget, response: IssueLinks },
  listJourneys: {
    request: z.strictObject({ scope: z.enum(['project', 'all']).default('project') }),
    response: z.object({
      journeys: z.array(JourneyOption),
      projectJourneyIds: z.array(z.string()),
    }),
  },
  getStageContext: {
    request: z.strictObject({ mapId: Id, stageId: Id }),
    response: StageContext,
  },
  getJourneyBoard: {
    request: z.strictObject({ asOf: z.iso.date().optional() }),
    response: JourneyBoard,
  },
  importMap: {
    request: z.strictObject({
      text: z.string().min(1).max(MAX_MAP_TEXT_LENGTH, 'the map file is larger than 4 MiB'),
      /** Add the map to the context project's journeys once stored. */
      addToProject: z.boolean().default(true),
    }),
    response: ImportResult,
  },
  setProjectJourneys: {
    request: z.strictObject({ mapIds: z.array(Id).max(MAX_PROJECT_JOURNEYS) }),
    response: z.object({ projectJourneyIds: z.array(z.string()) }),
  },
  editStage: {
    request: z
      .strictObject({
        mapId: Id,
        stageId: Id,
        name: Name.optional(),
        /** null clears the owner. */
        owner: z.string().trim().max(200).nullable().optional(),
      })
      .refine((edit) => edit.name !== undefined || edit.owner !== undefined, {
        message: 'name or owner is required',
      }),
    response: z.object({ journey: JourneyOption }),
  },
  scorePainPoint: {
    request: z
      .strictObject({
        mapId: Id,
        painPointId: Id,
        severity: z.number().int().min(1).max(5).optional(),
        reach: z.number().min(0).max(1).optional(),
      })
      .refine((score) => score.severity !== undefined || score.reach !== undefined, {
        message: 'severity or reach is required',
      }),
    response: z.object({ journey: JourneyOption }),
  },
  getSettings: { request: Empty, response: Settings },
  saveSettings: { request: Settings, response: Settings },
} as const;

export type ResolverContract = typeof resolverContract;
export type ResolverKey = keyof ResolverContract;
export const RESOLVER_KEYS = Object.keys(resolverContract) as ResolverKey[];

/** What the browser passes for a key (defaults may be left out). */
export type RequestOf<K extends ResolverKey> = z.input<ResolverContract[K]['request']>;
/** What a resolver reads after parsing (defaults filled in). */
export type ParsedRequestOf<K extends ResolverKey> = z.output<ResolverContract[K]['request']>;
export type ResponseOf<K extends ResolverKey> = z.output<ResolverContract[K]['response']>;

// ---------------------------------------------------------------------------------------------
// The envelope

export const ErrorCode = z.enum([
  /** The payload failed its schema: `issues` says where. */
  'invalid-request',
  /** Jira refused the user (no edit or browse permission). */
  'forbidden',
  /** The issue, map, stage or pain point does not exist (or the user cannot see it). */
  'not-found',
  /** Someone else changed the same thing at the same time; reload and retry. */
  'conflict',
  /** Jira kept answering 429 beyond the retry budget. */
  'rate-limited',
  /** The resolver needs an issue or project context it was not opened in. */
  'wrong-context',
  /** Jira or storage failed; the message says which, without secrets. */
  'upstream-error',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ResolverIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ResolverIssue = z.infer<typeof ResolverIssue>;

export const ResolverError = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(ResolverIssue).optional(),
});
export type ResolverError = z.infer<typeof ResolverError>;

export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

/** The envelope schema of one key, for parsing what came back over the bridge. */
export function resultSchema<K extends ResolverKey>(key: K) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data: resolverContract[key].response }),
    z.object({ ok: z.literal(false), error: ResolverError }),
  ]);
}

export const okResult = <T>(data: T): ResolverResult<T> => ({ ok: true, data });

export function errorResult(
  code: ErrorCode,
  message: string,
  issues?: ResolverIssue[],
): ResolverResult<never> {
  return { ok: false, error: issues === undefined ? { code, message } : { code, message, issues } };
}

/** zod's issues as the envelope's `issues`. */
export function toResolverIssues(error: z.ZodError): ResolverIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
  }));
}
