// Command-line flags are user input: each command parses its flags with one of these schemas.
import { ExportFormat, IsoDate } from '@throughline/journey-core';
import { z } from 'zod';
import { CliError } from './cli-error';

export const ExportOptions = z.object({
  format: ExportFormat,
  out: z.string().min(1).optional(),
});

const count = z.coerce.number().int('must be a whole number').min(1, 'must be at least 1');
const seconds = z.coerce.number().positive('must be a positive number of seconds').max(86_400);

/** Limits of a live read; each flag names a cap the HTTP layer enforces. */
export const LiveReadOptions = z.object({
  timeout: seconds.optional(),
  bodyTimeout: seconds.optional(),
  retries: z.coerce.number().int('must be a whole number').min(0).max(1_000).optional(),
  maxWait: seconds.optional(),
  maxPages: count.optional(),
  maxItems: count.optional(),
  maxPageMb: z.coerce.number().positive().max(4_096).optional(),
});
export type LiveReadOptions = z.infer<typeof LiveReadOptions>;

export const ConvertOptions = ExportOptions.extend(LiveReadOptions.shape).extend({
  board: z.string().trim().min(1, 'must name a board id').optional(),
  frame: z.string().trim().min(1, 'must name a frame id').optional(),
  title: z.string().trim().min(1).optional(),
  legend: z.string().min(1).optional(),
  previous: z.string().min(1).optional(),
  allowOtherBoard: z.boolean().default(false),
});

export const ReportOptions = z.object({
  links: z.string().min(1).optional(),
  asOf: IsoDate.optional(),
  format: z.enum(['table', 'json']).default('table'),
  out: z.string().min(1).optional(),
});

export const PortfolioOptions = ReportOptions.extend({
  top: count.default(5),
});

/** `jira link` / `jira unlink`: the map file and the stage (and pain point) by id, key or name. */
export const JiraLinkOptions = z.object({
  map: z.string().min(1, 'must name a map file'),
  stage: z.string().trim().min(1, 'must name a stage'),
  painPoint: z.string().trim().min(1, 'must name a pain point').optional(),
});

/** `jira rollup`: the map file, more JQL, and the limits of the live read. */
export const JiraRollupOptions = ReportOptions.omit({ links: true })
  .extend(LiveReadOptions.omit({ maxItems: true }).shape)
  .extend({
    map: z.string().min(1, 'must name a map file'),
    jql: z.string().trim().min(1, 'must be some JQL').optional(),
    storyPoints: z.string().trim().min(1, 'must name a field').optional(),
  });

export const ValidateOptions = z.object({
  format: z.enum(['text', 'json']).default('text'),
});

/** Flags to typed options, or a one-line error naming the flag. */
export function parseOptions<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const flag = issue?.path[0] === undefined ? 'options' : `--${kebab(String(issue.path[0]))}`;
  throw new CliError(`${flag}: ${issue?.message ?? 'invalid'}`);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
