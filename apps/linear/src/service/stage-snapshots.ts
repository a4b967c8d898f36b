// A portfolio's stages as the day's snapshot rows, and the stored rows back as per-stage trends.
import type { WorkPortfolio } from '@throughline/journey-core';
import { type StageTrend, type StageTrends, trendKey } from '../render/trend-chart';
import type { StageSnapshot } from '../store/portfolio-state';

/** Rows keyed by map and stage ids, which stay put when a label or map stage is renamed. */
export function stageSnapshots(portfolio: WorkPortfolio, day: string): StageSnapshot[] {
  return portfolio.journeys.flatMap((journey) =>
    journey.stages.map((stage) => ({
      day,
      journey: journey.mapId,
      stage: stage.id,
      health: stage.health,
      progress: stage.progress,
      overdue: stage.overdue,
    })),
  );
}

/** Rows oldest first (as the store returns them) → each stage's trend. */
export function stageTrends(snapshots: readonly StageSnapshot[]): StageTrends {
  const trends = new Map<string, { day: string; health: string }[]>();
  for (const s of snapshots) {
    const key = trendKey(s.journey, s.stage);
    const trend = trends.get(key);
    if (trend) trend.push({ day: s.day, health: s.health });
    else trends.set(key, [{ day: s.day, health: s.health }]);
  }
  return trends as Map<string, StageTrend>;
}

/**
 * `YYYY-MM-DD` as the calendar reads in `timeZone` (an IANA name): the day a snapshot belongs to and
 * the portfolio's as-of date. A manager in Berlin at 00:30 is on the next day, whatever UTC says.
 */
export function isoDay(date: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Calendar arithmetic on a `YYYY-MM-DD` day (no zone involved). */
export function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}
