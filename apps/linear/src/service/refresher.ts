// Keeps the stored projects fresh: webhook-named projects refetched together in one request,
// a full reconcile on demand or on an interval (with the maps' linked Jira issues when Jira is
// configured), and today's stage snapshot after each change.
import type { LabelGroup, LinearClient, LinearProject } from '../client/linear-model';
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
  /** The IANA zone whose calendar gives the snapshot's day. */
  timeZone: string;
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

/** Deliveries older than this are pruned at each reconcile (the signed timestamp allows one minute). */
export const DELIVERY_RETENTION_DAYS = 7;

/** A stage label created since the groups were read: the project would count as unlinked until then. */
function namesUnknownLabel(projects: readonly LinearProject[], groups: readonly LabelGroup[]) {
  const known = new Set(groups.flatMap((group) => group.children.map((label) => label.id)));
  return projects.some((project) =>
    project.labels.some((label) => label.parentId !== null && !known.has(label.id)),
  );
}

export function createRefresher(options: RefresherOptions): Refresher {
  const { client, state, compute, log, now, timeZone, jira } = options;
  const pendingIds = new Set<string>();
  let pendingReconcile = false;
  let pendingGroups = false;
  const pending = () => pendingReconcile || pendingGroups || pendingIds.size > 0;
  let running: Promise<void> | null = null;

  async function snapshotToday(): Promise<void> {
    const day = isoDay(now(), timeZone);
    const portfolio = await currentPortfolio(state, compute, day, log);
    await state.saveSnapshots(stageSnapshots(portfolio, day));
  }

  async function reconcileLinear(): Promise<{ projects: number; groups: number }> {
    // Before the first page: what is written after this instant is newer than anything this read sees.
    const readSince = await state.now();
    const [projects, groups] = await Promise.all([client.listProjects(), client.listLabelGroups()]);
    await state.replaceAll({ projects, groups, readSince });
    await state.pruneDeliveries(DELIVERY_RETENTION_DAYS);
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
    if (namesUnknownLabel(projects, await state.labelGroups())) pendingGroups = true;
    await snapshotToday();
    log('info', 'refetch.done', { asked: ids.length, returned: projects.length });
  }

  async function readGroupsOnce(): Promise<void> {
    const groups = await client.listLabelGroups();
    await state.saveLabelGroups(groups);
    await snapshotToday();
    log('info', 'groups.done', { groups: groups.length });
  }

  /** One batch at a time; whatever arrived meanwhile goes out together in the next one. */
  async function drain(): Promise<void> {
    while (pending()) {
      try {
        if (pendingReconcile) {
          pendingReconcile = false;
          // A full read covers any single projects and group read queued too.
          pendingIds.clear();
          pendingGroups = false;
          await reconcileOnce();
        } else if (pendingIds.size === 0) {
          pendingGroups = false;
          await readGroupsOnce();
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
      if (pending()) kick();
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
