// Keeps the stored projects fresh: webhook-named projects refetched together in one request,
// a full reconcile on demand or on an interval (with the maps' linked Jira issues when Jira is
// configured), and today's stage snapshot after each change.
import type { LinearClient } from '../client/linear-model';
import type { PortfolioState } from '../store/portfolio-state';
import { type ComputePortfolio, currentPortfolio, storedMaps } from './current-portfolio';
import type { ReadJiraLinks } from './jira-links';
import { errorText, type Logger } from './log';
import { isoDay, stageSnapshots } from './stage-snapshots';

export interface RefresherOptions {
  client: LinearClient;
  state: PortfolioState;
  compute: ComputePortfolio;
  log: Logger;
  now: () => Date;
  /** Each reconcile also reads every stored map's linked Jira issues; none when omitted. */
  jira?: ReadJiraLinks | undefined;
}

export interface Refresher {
  /** Queues projects for one coalesced `projectsByIds`; returns at once. */
  refetch(ids: readonly string[]): void;
  /** Queues a full read of projects and label groups; returns at once. */
  reconcile(): void;
  /** Resolves when nothing is queued or running (tests, shutdown). */
  idle(): Promise<void>;
}

export function createRefresher(options: RefresherOptions): Refresher {
  const { client, state, compute, log, now, jira } = options;
  const pendingIds = new Set<string>();
  let pendingReconcile = false;
  let running: Promise<void> | null = null;

  async function snapshotToday(): Promise<void> {
    const day = isoDay(now());
    const portfolio = await currentPortfolio(state, compute, day, log);
    await state.saveSnapshots(stageSnapshots(portfolio, day));
  }

  async function reconcileLinear(): Promise<{ projects: number; groups: number }> {
    const [projects, groups] = await Promise.all([client.listProjects(), client.listLabelGroups()]);
    await state.replaceAll(projects, groups);
    return { projects: projects.length, groups: groups.length };
  }

  /**
   * One search per stored map; a map whose read fails keeps its last stored issues. Never throws:
   * Jira being down must not cost the Linear refresh, nor one map the others.
   */
  async function refreshJira(read: ReadJiraLinks): Promise<number> {
    let issues = 0;
    for (const map of await storedMaps(state, log)) {
      try {
        const links = await read(map.id);
        await state.saveJiraLinks(map.id, links);
        issues += links.length;
      } catch (error) {
        log('error', 'jira.refresh.failed', { map: map.id, error: errorText(error) });
      }
    }
    return issues;
  }

  async function reconcileOnce(): Promise<void> {
    const started = Date.now();
    const [linear, jiraIssues] = await Promise.all([
      reconcileLinear().then(
        (counts) => ({ ok: true as const, counts }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
      jira === undefined ? undefined : refreshJira(jira),
    ]);
    if (!linear.ok) {
      // Fresh Jira issues still reach today's snapshot; the Linear failure is reported as before.
      if (jiraIssues !== undefined) await snapshotToday();
      throw linear.error;
    }
    await snapshotToday();
    log('info', 'reconcile.done', {
      projects: linear.counts.projects,
      groups: linear.counts.groups,
      ...(jiraIssues === undefined ? {} : { jiraLinks: jiraIssues }),
      ms: Date.now() - started,
    });
  }

  async function refetchOnce(ids: string[]): Promise<void> {
    const projects = await client.projectsByIds(ids);
    await state.saveRefetched(ids, projects);
    await snapshotToday();
    log('info', 'refetch.done', { asked: ids.length, returned: projects.length });
  }

  /** One batch at a time; whatever arrived meanwhile goes out together in the next one. */
  async function drain(): Promise<void> {
    while (pendingReconcile || pendingIds.size > 0) {
      try {
        if (pendingReconcile) {
          pendingReconcile = false;
          // A full read covers any single projects queued too.
          pendingIds.clear();
          await reconcileOnce();
        } else {
          const ids = [...pendingIds];
          pendingIds.clear();
          await refetchOnce(ids);
        }
      } catch (error) {
        // The next reconcile repairs what this missed.
        log('error', 'refresh.failed', { error: errorText(error) });
      }
    }
  }

  function kick(): void {
    running ??= (async () => {
      // Let deliveries arriving in the same tick join this batch.
      await new Promise((resolve) => setImmediate(resolve));
      await drain();
    })().finally(() => {
      running = null;
      // Work queued while the last batch was finishing.
      if (pendingReconcile || pendingIds.size > 0) kick();
    });
  }

  return {
    refetch(ids) {
      for (const id of ids) pendingIds.add(id);
      if (ids.length > 0) kick();
    },
    reconcile() {
      pendingReconcile = true;
      kick();
    },
    async idle() {
      while (running) await running;
    },
  };
}
