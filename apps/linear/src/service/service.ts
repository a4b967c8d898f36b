// Composes the service from its parts (store, Linear client, portfolio) and serves it over HTTP.
import { type ServerType, serve } from '@hono/node-server';
import type { JourneyMap } from '@throughline/journey-core';
import type { Hono } from 'hono';
import type { LinearClient } from '../client/linear-model';
import { linearPortfolio } from '../portfolio/linear-portfolio';
import { type PortfolioState, portfolioState } from '../store/portfolio-state';
import type { SqlStore } from '../store/sql-store';
import { createApp } from './app';
import { localTimeZone } from './config';
import type { ComputePortfolio } from './current-portfolio';
import type { ReadJiraLinks } from './jira-links';
import type { Logger } from './log';
import { createRefresher, type Refresher } from './refresher';

export interface ServiceOptions {
  store: SqlStore;
  client: LinearClient;
  webhookSecret: string;
  log: Logger;
  /** Maps to keep in the store (replacing stored maps of the same id). */
  maps?: readonly JourneyMap[];
  /** Full reads on this interval; none when omitted. */
  reconcileIntervalMs?: number;
  /** A full read at start (default): the store may be days old. */
  reconcileAtStart?: boolean;
  compute?: ComputePortfolio;
  now?: () => Date;
  /** The IANA zone whose calendar gives "today" (snapshots, as-of); the process's own when omitted. */
  timeZone?: string;
  /** Reads a map's linked Jira issues (jiraLinksReader); each reconcile then refreshes them. */
  jira?: ReadJiraLinks;
}

export interface Service {
  app: Hono;
  state: PortfolioState;
  refresher: Refresher;
  /** Stops the interval and waits for queued refreshes; the store stays open (its owner closes it). */
  stop(): Promise<void>;
}

export async function createService(options: ServiceOptions): Promise<Service> {
  const now = options.now ?? (() => new Date());
  const compute = options.compute ?? linearPortfolio;
  const timeZone = options.timeZone ?? localTimeZone();
  const state = portfolioState(options.store);
  for (const map of options.maps ?? []) await state.saveMap(map.id, map);
  const refresher = createRefresher({
    client: options.client,
    state,
    compute,
    log: options.log,
    now,
    timeZone,
    jira: options.jira,
  });
  const app = createApp({
    store: options.store,
    state,
    refresher,
    compute,
    webhookSecret: options.webhookSecret,
    log: options.log,
    now,
    timeZone,
  });
  if (options.reconcileAtStart ?? true) refresher.reconcile();
  const interval =
    options.reconcileIntervalMs === undefined
      ? undefined
      : setInterval(() => refresher.reconcile(), options.reconcileIntervalMs);
  // The interval alone must not keep a finished process (or test) alive.
  interval?.unref();
  return {
    app,
    state,
    refresher,
    async stop() {
      clearInterval(interval);
      await refresher.idle();
    },
  };
}

export interface Listening {
  /** `http://<host>:<port>`. */
  url: string;
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one). */
export function listen(app: Hono, port: number, host: string): Promise<Listening> {
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((closed, failed) => {
            if ('closeAllConnections' in server) server.closeAllConnections();
            server.close((error) => (error ? failed(error) : closed()));
          }),
      });
    });
  });
}
