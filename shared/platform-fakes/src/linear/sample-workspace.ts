// A realistic workspace of any size for tests, benches and the workbench: `Journey: …` label groups
// with stage labels, projects spread over statuses, health, progress, dates and stages. Deterministic.
import type {
  FakeHealth,
  FakeLabelSeed,
  FakeProjectSeed,
  FakeStatusType,
  LinearWorkspaceSeed,
} from './linear-workspace';

export interface SampleWorkspaceOptions {
  /** Unarchived projects. */
  projects: number;
  /** Archived projects besides them (Linear leaves these out of `projects`). */
  archived?: number;
  journeys?: readonly { name: string; stages: readonly string[] }[];
}

const JOURNEYS = [
  { name: 'Onboarding', stages: ['Discover', 'Sign up', 'First value', 'Habit'] },
  { name: 'Checkout', stages: ['Browse', 'Cart', 'Pay', 'Delivery', 'Return'] },
  { name: 'Support', stages: ['Ask', 'Triage', 'Resolve'] },
];
const STATUSES: readonly FakeStatusType[] = [
  'started',
  'planned',
  'backlog',
  'started',
  'paused',
  'completed',
  'canceled',
];
const HEALTH: readonly (FakeHealth | null)[] = ['onTrack', 'atRisk', 'offTrack', null, 'onTrack'];

export function sampleWorkspace(options: SampleWorkspaceOptions): LinearWorkspaceSeed {
  const journeys = options.journeys ?? JOURNEYS;
  const labels: FakeLabelSeed[] = [{ id: 'label-team-web', name: 'Web' }];
  const stageIds: string[][] = journeys.map((journey, j) => {
    const groupId = `group-${j + 1}`;
    labels.push({ id: groupId, name: `Journey: ${journey.name}`, isGroup: true });
    return journey.stages.map((stage, s) => {
      const id = `stage-${j + 1}-${s + 1}`;
      labels.push({ id, name: stage, parentId: groupId });
      return id;
    });
  });
  const projects: FakeProjectSeed[] = [];
  const total = options.projects + (options.archived ?? 0);
  for (let n = 0; n < total; n++) {
    const inJourney = stageIds[n % stageIds.length] ?? [];
    const stage = inJourney[Math.floor(n / stageIds.length) % Math.max(1, inJourney.length)];
    const day = String((n % 28) + 1).padStart(2, '0');
    projects.push({
      id: `project-${n + 1}`,
      name: `Project ${n + 1}`,
      statusType: STATUSES[n % STATUSES.length] ?? 'started',
      health: HEALTH[n % HEALTH.length] ?? null,
      progress: (n % 11) / 10,
      scope: n % 13,
      startDate: `2026-01-${day}`,
      targetDate: n % 4 === 0 ? null : `2026-0${(n % 9) + 1}-${day}`,
      archivedAt: n >= options.projects ? '2026-01-20T10:00:00.000Z' : null,
      // Every seventh project sits in no journey; every third also carries a team label.
      labelIds: [
        ...(n % 7 === 6 || stage === undefined ? [] : [stage]),
        ...(n % 3 === 0 ? ['label-team-web'] : []),
      ],
    });
  }
  return { projects, labels };
}
