// The Forge app's backend under test: @forge/api and @forge/kvs for real through the fetch shim, msw serving Jira
// (checked against the swagger) and KVS, and the resolver invoked as Forge invokes it.
import { readFileSync } from 'node:fs';
import { JourneyMap, type JourneyMapInput } from '@throughline/journey-core';
import {
  createJiraRestFake,
  createKvsFake,
  type FakeIssueSeed,
  type FakeJiraUser,
  installForgeFetch,
} from '@throughline/platform-fakes';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { ResolverKey } from '../contract/resolver-contract';
import { MODULE_KEYS } from './resolvers/module-access';

export const JIRA_URL = 'https://throughline-backend.atlassian.net';

let swagger: unknown;
/** The Jira Cloud REST OpenAPI the repo checks every request against. */
export function jiraSwagger(): unknown {
  swagger ??= JSON.parse(
    readFileSync(
      new URL('../../../../tests/contract/specs/jira/swagger-v3.v3.json', import.meta.url),
      'utf8',
    ),
  );
  return swagger;
}

export interface BackendHarnessOptions {
  issues: readonly FakeIssueSeed[];
  users: readonly FakeJiraUser[];
  /** Projects Jira knows by id (`mypermissions?projectId=`). */
  projects?: readonly { id: string; key: string }[];
  /** The invocation's user. */
  accountId: string;
  laggingIndex?: boolean;
  /** The first n Jira requests answer 429 (with `Retry-After: retryAfter`). */
  rateLimitFirst?: number;
  retryAfter?: number;
}

/** Installs the shim and msw for the file's tests; Jira and KVS state reset after each test. */
export function backendHarness(options: BackendHarnessOptions) {
  const jira = createJiraRestFake({
    baseUrl: JIRA_URL,
    spec: jiraSwagger(),
    issues: options.issues,
    users: options.users,
    ...(options.projects === undefined ? {} : { projects: options.projects }),
    ...(options.laggingIndex === undefined ? {} : { laggingIndex: options.laggingIndex }),
    ...(options.rateLimitFirst === undefined ? {} : { rateLimitFirst: options.rateLimitFirst }),
    ...(options.retryAfter === undefined ? {} : { retryAfter: options.retryAfter }),
  });
  const kvs = createKvsFake();
  const server = setupServer(...jira.handlers, ...kvs.handlers);
  const forge = installForgeFetch({
    jiraBaseUrl: JIRA_URL,
    kvsBaseUrl: kvs.baseUrl,
    accountId: options.accountId,
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    jira.clearLog();
    kvs.store.clear();
    kvs.requests.length = 0;
    kvs.clearFailures();
    forge.calls.length = 0;
    forge.setAccountId(options.accountId);
  });
  afterAll(() => {
    server.close();
    forge.uninstall();
  });
  return { jira, kvs, forge };
}

export interface InvokeContext {
  moduleKey?: string;
  issue?: { id: string; key: string } | undefined;
  project?: { id: string; key: string } | undefined;
  accountId?: string;
}

type ForgeResolver = (
  request: { call: { functionKey: string; payload?: unknown }; context: Record<string, unknown> },
  runtime?: Record<string, unknown>,
) => Promise<unknown>;

/** As Forge calls the resolver: the bridge's call and the module's context, the principal apart. */
export function invoker(resolver: ForgeResolver, defaults: InvokeContext) {
  return (key: ResolverKey, payload: unknown, context: InvokeContext = {}) => {
    const merged = { ...defaults, ...context };
    return resolver(
      {
        call: { functionKey: key, payload },
        context: {
          moduleKey: merged.moduleKey ?? MODULE_KEYS.issuePanel,
          siteUrl: JIRA_URL,
          extension: {
            type: 'jira:issuePanel',
            ...(merged.issue ? { issue: { ...merged.issue, type: 'Story' } } : {}),
            ...(merged.project ? { project: { ...merged.project, type: 'software' } } : {}),
          },
        },
      },
      { principal: { accountId: merged.accountId ?? 'user-1' } },
    );
  };
}

/** A small journey: two phases, three stages, pain points and a KPI. */
export function sampleMap(overrides: Partial<JourneyMapInput> = {}): JourneyMap {
  return JourneyMap.parse({
    schemaVersion: 4,
    id: 'map-checkout',
    key: 'checkout',
    title: 'Checkout',
    phases: [
      { id: 'ph-before', key: 'before', name: 'Before', stageIds: ['st-browse'] },
      { id: 'ph-during', key: 'during', name: 'During', stageIds: ['st-cart', 'st-pay'] },
    ],
    stages: [
      { id: 'st-browse', key: 'browse', name: 'Browse' },
      { id: 'st-cart', key: 'cart', name: 'Cart', owner: 'Ana' },
      { id: 'st-pay', key: 'pay', name: 'Pay' },
    ],
    lanes: [
      { id: 'ln-actions', key: 'actions', name: 'Actions', kind: 'actions' },
      { id: 'ln-pain', key: 'pain', name: 'Pain points', kind: 'pain-points' },
    ],
    items: [{ id: 'it-1', stageId: 'st-pay', laneId: 'ln-actions', text: 'Enter card' }],
    painPoints: [
      {
        id: 'pp-card',
        key: 'card-form',
        title: 'Card form rejects spaces',
        stageId: 'st-pay',
        severity: 4,
        reach: 0.5,
      },
      { id: 'pp-fees', key: 'fees', title: 'Surprise fees', stageId: 'st-cart' },
    ],
    kpis: [
      {
        id: 'kpi-conv',
        key: 'conversion',
        name: 'Conversion',
        unit: '%',
        direction: 'increase',
        target: 40,
        baseline: 20,
        current: 30,
        stageId: 'st-pay',
      },
    ],
    ...overrides,
  });
}
