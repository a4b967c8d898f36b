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

/** `YYYY-MM-DD` in UTC, the day a snapshot belongs to. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

export function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return isoDay(date);
}
