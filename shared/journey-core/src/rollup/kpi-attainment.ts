// How far each KPI has come towards its target, as a share from 0 (nowhere) to 1 (met).
import type { Kpi, KpiDirection } from '../model/journey-map';

export interface KpiAttainment {
  kpiId: string;
  key: string;
  name: string;
  unit: string;
  direction: KpiDirection;
  /** The stage this KPI measures when that stage is in the map; null for a journey-level KPI. */
  stageId: string | null;
  /** The latest reading; null when the KPI was never measured. */
  value: number | null;
  target: number;
  baseline: number | null;
  /** 0 to 1; null when there is no reading. */
  attainment: number | null;
}

/** `current`, else the most recent reading in the history (history order is not guaranteed). */
export function kpiValue(kpi: Kpi): number | undefined {
  if (kpi.current !== undefined) return kpi.current;
  let latest: Kpi['history'][number] | undefined;
  for (const reading of kpi.history) {
    if (latest === undefined || reading.at >= latest.at) latest = reading;
  }
  return latest?.value;
}

/** Into [0, 1]; NaN, which no figure below should give, counts as no progress. */
const clamp01 = (share: number): number => (share > 0 ? Math.min(1, share) : 0);

/**
 * (a − c) / (b − c), finite for any finite numbers: the differences of two huge figures of opposite
 * sign overflow to Infinity (and Infinity / Infinity is NaN), their halves' differences cannot.
 */
function shareOfSpan(a: number, b: number, c: number): number {
  const done = a - c;
  const span = b - c;
  if (Number.isFinite(done) && Number.isFinite(span)) return done / span;
  return (a / 2 - c / 2) / (b / 2 - c / 2);
}

function meetsTarget(direction: KpiDirection, value: number, target: number): boolean {
  return direction === 'increase' ? value >= target : value <= target;
}

/** Progress from the baseline to the target; a baseline already past the target measures nothing. */
function fromBaseline(direction: KpiDirection, value: number, target: number, baseline: number) {
  const towardsTarget = direction === 'increase' ? target > baseline : target < baseline;
  return towardsTarget ? clamp01(shareOfSpan(value, target, baseline)) : 0;
}

/** A ratio to the target; it means something only while both figures are positive. */
function fromRatio(direction: KpiDirection, value: number, target: number): number {
  if (direction === 'increase') return target > 0 ? clamp01(value / target) : 0;
  return value > 0 ? clamp01(target / value) : 0;
}

export function attainmentOf(
  direction: KpiDirection,
  value: number,
  target: number,
  baseline: number | undefined,
): number {
  if (meetsTarget(direction, value, target)) return 1;
  return baseline === undefined
    ? fromRatio(direction, value, target)
    : fromBaseline(direction, value, target, baseline);
}

export function kpiAttainment(kpi: Kpi, stageIds: ReadonlySet<string>): KpiAttainment {
  const value = kpiValue(kpi);
  return {
    kpiId: kpi.id,
    key: kpi.key,
    name: kpi.name,
    unit: kpi.unit,
    direction: kpi.direction,
    stageId: kpi.stageId !== undefined && stageIds.has(kpi.stageId) ? kpi.stageId : null,
    value: value ?? null,
    target: kpi.target,
    baseline: kpi.baseline ?? null,
    attainment:
      value === undefined ? null : attainmentOf(kpi.direction, value, kpi.target, kpi.baseline),
  };
}

/** The mean over the KPIs that have a reading; null when none has. */
export function meanAttainment(kpis: readonly KpiAttainment[]): number | null {
  let sum = 0;
  let count = 0;
  for (const kpi of kpis) {
    if (kpi.attainment === null) continue;
    sum += kpi.attainment;
    count += 1;
  }
  return count === 0 ? null : sum / count;
}
