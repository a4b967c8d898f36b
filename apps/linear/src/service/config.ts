// The service's settings, parsed once from the environment; a bad value fails start-up in one line.
import { createHttpTransport, isJiraClientError } from '@throughline/jira';
import { z } from 'zod';

const nonEmpty = z.string().trim().min(1);

/** The zone this process runs in (TZ, else the system's). */
export const localTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An IANA zone name Intl knows (`Europe/Berlin`, `UTC`); Intl throws a RangeError on any other. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const ServiceEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8787),
  HOST: nonEmpty.default('127.0.0.1'),
  /** A PostgreSQL server; without it the state lives in PGlite under THROUGHLINE_DATA_DIR (git-ignored by default). */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  THROUGHLINE_DATA_DIR: nonEmpty.default('.throughline-out/linear-service/pglite'),
  LINEAR_API_KEY: nonEmpty,
  LINEAR_WEBHOOK_SECRET: nonEmpty,
  LINEAR_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** A directory of `*.json` map files, or a list of files separated by the platform's path delimiter. */
  THROUGHLINE_MAPS: nonEmpty.optional(),
  /** Whose calendar "today" is in: the snapshot's day and the portfolio's as-of date. */
  THROUGHLINE_TIME_ZONE: nonEmpty.refine(isTimeZone).optional(),
  RECONCILE_INTERVAL_SECONDS: z.coerce.number().int().min(10).default(600),
  /** The Jira site whose issues the maps link (all three Jira variables, or none). */
  JIRA_URL: z.url({ protocol: /^https?$/ }).optional(),
  JIRA_EMAIL: nonEmpty.optional(),
  JIRA_API_TOKEN: nonEmpty.optional(),
});

const JIRA_VARIABLES = ['JIRA_URL', 'JIRA_EMAIL', 'JIRA_API_TOKEN'] as const;

/** Basic auth to a Jira site: each reconcile reads the stored maps' linked issues with it. */
export interface JiraSettings {
  siteUrl: string;
  email: string;
  apiToken: string;
}

export interface ServiceConfig {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  linearApiKey: string;
  linearApiUrl: string | undefined;
  webhookSecret: string;
  maps: string | undefined;
  reconcileIntervalMs: number;
  /** An IANA zone name. */
  timeZone: string;
  /** Undefined when none of the Jira variables is set: the portfolio then has Linear projects only. */
  jira: JiraSettings | undefined;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Names the variable at fault and never echoes a value (it may be a secret). */
export function parseConfig(env: Record<string, string | undefined>): ServiceConfig {
  // A blank Jira variable counts as unset: an exported `JIRA_URL=` switches Jira off, not on.
  const input = { ...env };
  for (const name of JIRA_VARIABLES) if (!isSet(input[name])) delete input[name];
  const parsed = ServiceEnv.safeParse(input);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return input[name] === undefined ? `${name} is not set` : `${name} is not valid`;
      });
  const jiraProblem = jiraVariablesProblem(input);
  if (jiraProblem !== undefined) problems.push(jiraProblem);
  if (!parsed.success || problems.length > 0) {
    throw new ConfigError(`service config: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const jira =
    e.JIRA_URL && e.JIRA_EMAIL && e.JIRA_API_TOKEN
      ? { siteUrl: e.JIRA_URL, email: e.JIRA_EMAIL, apiToken: e.JIRA_API_TOKEN }
      : undefined;
  const siteProblem = jira === undefined ? undefined : jiraSiteProblem(jira);
  if (siteProblem !== undefined) throw new ConfigError(`service config: ${siteProblem}`);
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.THROUGHLINE_DATA_DIR,
    linearApiKey: e.LINEAR_API_KEY,
    linearApiUrl: e.LINEAR_API_URL,
    webhookSecret: e.LINEAR_WEBHOOK_SECRET,
    maps: e.THROUGHLINE_MAPS,
    reconcileIntervalMs: e.RECONCILE_INTERVAL_SECONDS * 1000,
    timeZone: e.THROUGHLINE_TIME_ZONE ?? localTimeZone(),
    jira,
  };
}

const isSet = (value: string | undefined): boolean => (value ?? '').trim() !== '';

/** The Jira variables go together: some without the others is one problem naming the missing. */
function jiraVariablesProblem(env: Record<string, string | undefined>): string | undefined {
  const missing = JIRA_VARIABLES.filter((name) => !isSet(env[name]));
  if (missing.length === 0 || missing.length === JIRA_VARIABLES.length) return undefined;
  const given = JIRA_VARIABLES.filter((name) => isSet(env[name]));
  return `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set (${given.join(', ')} ${given.length === 1 ? 'is' : 'are'}: set all three Jira variables or none)`;
}

/** The Jira client's own checks (https, no credentials in the URL), made before anything is sent. */
function jiraSiteProblem(jira: JiraSettings): string | undefined {
  try {
    createHttpTransport(jira);
    return undefined;
  } catch (error) {
    // Its messages name the variable and the rule, never a value.
    if (isJiraClientError(error)) return error.message;
    throw error;
  }
}

/**
 * Every value no log line may carry: the keys, the Jira token and its Basic value, the database
 * password (as written in the URL and decoded, since a driver's error may quote either).
 */
export function configSecrets(config: ServiceConfig): string[] {
  const secrets = [config.linearApiKey, config.webhookSecret];
  if (config.jira) {
    const { email, apiToken } = config.jira;
    secrets.push(apiToken, Buffer.from(`${email}:${apiToken}`).toString('base64'));
  }
  const password = config.databaseUrl ? new URL(config.databaseUrl).password : '';
  if (password) secrets.push(password, decodeURIComponent(password));
  return secrets;
}
