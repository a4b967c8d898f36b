// How much a stage needs investment: weighted reasons from its rollup, and the status it shows.
import { type KpiAttainment, meanAttainment } from '../rollup/kpi-attainment';
import {
  isUnscored,
  type JourneyRollup,
  type RollupFigures,
  type UnaddressedPainPoint,
} from '../rollup/rollup';

/** The unit of the scale: one severity-5 pain point met by every customer, with no work, scores 1. */
export const PAIN_WEIGHT = 1;
/**
 * An unscored pain point weighs as severity 3 (the middle of the scale: nobody has said it is mild
 * or severe) met by 10 % of customers (a sticky shows someone met it, not how many): it counts, but
 * below any pain a person scored as common, so scoring it is what moves it up.
 */
export const UNSCORED_SEVERITY = 3;
export const UNSCORED_REACH = 0.1;
/** Added on top of the pain itself: nobody is working on the stage at all. */
export const UNDERFUNDED_WEIGHT = 0.5;
/** Work is slipping, but it is owned and under way, so it weighs less than pain nobody works on. */
export const OFF_TRACK_WEIGHT = 0.6;
/** A warning from the team, not yet a slip. */
export const AT_RISK_WEIGHT = 0.25;
/** Times the stage's KPI gap (1 − attainment): a missed outcome is a symptom, the pain says what to fix. */
export const KPI_GAP_WEIGHT = 0.5;
/** Times the gap of the journey-level KPIs: they measure the whole journey, every stage at once. */
export const JOURNEY_KPI_GAP_WEIGHT = 1;

export type StageReasonCode =
  | 'unaddressed-pain'
  | 'underfunded'
  | 'off-track'
  | 'at-risk'
  | 'kpi-gap';
export type ReasonCode = StageReasonCode | 'journey-kpi-gap';

/** One line a manager can read, and what it adds to the score. */
export interface Reason<Code extends ReasonCode = ReasonCode> {
  code: Code;
  message: string;
  weight: number;
}

/** Where a stage or journey stands, worst first. */
export type PortfolioStatus = 'off-track' | 'underfunded' | 'at-risk' | 'on-track' | 'no-work';

const STATUS_RANK: Record<PortfolioStatus, number> = {
  'off-track': 0,
  underfunded: 1,
  'at-risk': 2,
  'on-track': 3,
  'no-work': 4,
};

const CODE_ORDER: readonly ReasonCode[] = [
  'unaddressed-pain',
  'underfunded',
  'off-track',
  'at-risk',
  'kpi-gap',
  'journey-kpi-gap',
];

/** Scores are rounded so that equal figures tie exactly, whatever order the sums ran in. */
export const roundScore = (score: number): number => Math.round(score * 1e6) / 1e6;

const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** A target not yet met never reads as 100%. */
const percentShort = (share: number): string => `${Math.min(99, Math.round(share * 100))}%`;

export const plural = (count: number, noun: string): string =>
  `${count} ${noun}${count === 1 ? '' : 's'}`;

const activeCount = (figures: RollupFigures): number =>
  figures.counts.todo + figures.counts.inProgress;

/** Open pain, and no work under way to relieve it. */
function isUnderfunded(figures: RollupFigures): boolean {
  return figures.openPainPoints > 0 && activeCount(figures) === 0;
}

export function statusOf(figures: RollupFigures): PortfolioStatus {
  if (figures.health === 'off-track') return 'off-track';
  if (isUnderfunded(figures)) return 'underfunded';
  if (figures.health === 'at-risk') return 'at-risk';
  return figures.counts.total > figures.counts.canceled ? 'on-track' : 'no-work';
}

export function worstStatus(statuses: readonly PortfolioStatus[]): PortfolioStatus {
  return statuses.reduce<PortfolioStatus>(
    (worst, status) => (STATUS_RANK[status] < STATUS_RANK[worst] ? status : worst),
    'no-work',
  );
}

/** Heaviest first; equal weights in a fixed order of codes. */
export function byWeight(a: Reason, b: Reason): number {
  return b.weight - a.weight || CODE_ORDER.indexOf(a.code) - CODE_ORDER.indexOf(b.code);
}

const painScore = (pain: UnaddressedPainPoint): number =>
  ((pain.severity ?? UNSCORED_SEVERITY) / 5) * (pain.reach ?? UNSCORED_REACH);

/** What a person said of a pain point; never the number the unscored rule stands in with. */
function painScoreText(pain: UnaddressedPainPoint): string {
  if (pain.severity === undefined && pain.reach === undefined) return 'unscored';
  const severity = pain.severity === undefined ? 'unscored' : String(pain.severity);
  const reach = pain.reach === undefined ? 'unscored' : percent(pain.reach);
  return `severity ${severity} × reach ${reach}`;
}

/** " (1 unscored)" when some of the pain points lack a score, else nothing. */
export function unscoredNote(pains: readonly UnaddressedPainPoint[]): string {
  const unscored = pains.filter(isUnscored).length;
  return unscored === 0 ? '' : ` (${unscored} unscored)`;
}

const MAX_LISTED = 3;

export function listed(parts: readonly string[]): string {
  const shown = parts.slice(0, MAX_LISTED).join(', ');
  return parts.length > MAX_LISTED ? `${shown} and ${parts.length - MAX_LISTED} more` : shown;
}

function painReason(pains: readonly UnaddressedPainPoint[]): Reason<StageReasonCode> | undefined {
  if (pains.length === 0) return undefined;
  const heaviest = [...pains].sort((a, b) => painScore(b) - painScore(a));
  const parts = heaviest.map((pain) => `"${pain.title}" ${painScoreText(pain)}`);
  return {
    code: 'unaddressed-pain',
    message: `${plural(pains.length, 'open pain point')} with no linked work${unscoredNote(pains)}: ${listed(parts)}`,
    weight: PAIN_WEIGHT * pains.reduce((sum, pain) => sum + painScore(pain), 0),
  };
}

function underfundedReason(figures: RollupFigures): Reason<StageReasonCode> | undefined {
  if (!isUnderfunded(figures)) return undefined;
  return {
    code: 'underfunded',
    message: `underfunded: ${plural(figures.openPainPoints, 'open pain point')} and no active work`,
    weight: UNDERFUNDED_WEIGHT,
  };
}

function offTrackMessage(figures: RollupFigures): string {
  const active = activeCount(figures);
  const reported = figures.activeHealth.offTrack - figures.overdue;
  if (figures.overdue === 0)
    return `off track: ${reported} of ${active} active items reported off track`;
  const overdue = `off track: ${figures.overdue} of ${active} active items overdue`;
  return reported === 0 ? overdue : `${overdue}, ${reported} more reported off track`;
}

function healthReason(figures: RollupFigures): Reason<StageReasonCode> | undefined {
  if (figures.health === 'off-track') {
    return { code: 'off-track', message: offTrackMessage(figures), weight: OFF_TRACK_WEIGHT };
  }
  if (figures.health !== 'at-risk') return undefined;
  const { atRisk } = figures.activeHealth;
  return {
    code: 'at-risk',
    message: `at risk: ${atRisk} of ${activeCount(figures)} active items reported at risk`,
    weight: AT_RISK_WEIGHT,
  };
}

function kpiShortfall(kpi: KpiAttainment & { attainment: number }): string {
  return kpi.baseline === null
    ? `KPI '${kpi.name}' at ${percentShort(kpi.attainment)} of target`
    : `KPI '${kpi.name}' ${percentShort(kpi.attainment)} of the way from baseline to target`;
}

/** The gap of these KPIs' mean attainment, told KPI by KPI, furthest from target first. */
export function kpiGapReason<Code extends 'kpi-gap' | 'journey-kpi-gap'>(
  code: Code,
  kpis: readonly KpiAttainment[],
  attainment: number | null,
  weight: number,
): Reason<Code> | undefined {
  if (attainment === null || attainment >= 1) return undefined;
  const short = kpis
    .filter(
      (kpi): kpi is KpiAttainment & { attainment: number } =>
        kpi.attainment !== null && kpi.attainment < 1,
    )
    .sort((a, b) => a.attainment - b.attainment);
  return { code, message: listed(short.map(kpiShortfall)), weight: weight * (1 - attainment) };
}

/** Every reason this stage (or these figures) should get attention, heaviest first. */
export function stageReasons(figures: RollupFigures): Reason<StageReasonCode>[] {
  const reasons = [
    painReason(figures.unaddressedPainPoints),
    underfundedReason(figures),
    healthReason(figures),
    kpiGapReason('kpi-gap', figures.kpis, figures.kpiAttainment, KPI_GAP_WEIGHT),
  ];
  return reasons
    .filter(
      (reason): reason is Reason<StageReasonCode> => reason !== undefined && reason.weight > 0,
    )
    .map((reason) => ({ ...reason, weight: roundScore(reason.weight) }))
    .sort(byWeight);
}

/** The journey-level KPIs (those tied to no stage of the map) and how far they fall short. */
export function journeyKpiReason(rollup: JourneyRollup): Reason<'journey-kpi-gap'> | undefined {
  const journeyKpis = rollup.kpis.filter((kpi) => kpi.stageId === null);
  const attainment = meanAttainment(journeyKpis);
  const reason = kpiGapReason('journey-kpi-gap', journeyKpis, attainment, JOURNEY_KPI_GAP_WEIGHT);
  return reason && { ...reason, weight: roundScore(reason.weight) };
}
