// A journey's small inline SVG chart: one row per stage, its progress bar, then one cell per day of health.
import type { PortfolioJourney, PortfolioStage } from '@throughline/journey-core';
import { escapeHtml } from './escape-html';
import { asHealth, HEALTH_COLOUR, HEALTH_LABEL } from './health-style';

/** One stage's health on each day that has a snapshot, oldest first. */
export type StageTrend = readonly { day: string; health: string }[];

/** Trends keyed by `trendKey(mapId, stageId)`. */
export type StageTrends = ReadonlyMap<string, StageTrend>;

export const trendKey = (mapId: string, stageId: string): string => `${mapId}\u0000${stageId}`;

const HEAD = 16;
const ROW = 22;
const LABEL_WIDTH = 150;
const BAR_WIDTH = 120;
const PERCENT_WIDTH = 40;
const GAP = 12;
const CELL = 14;
const TREND_X = LABEL_WIDTH + BAR_WIDTH + PERCENT_WIDTH + GAP;
const CAPTION = 'font-size="10" fill="#626f86"';

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function progressBar(stage: PortfolioStage, y: number): string {
  const done = stage.progress ?? 0;
  const percent = stage.progress === null ? '–' : `${Math.round(done * 100)}%`;
  const tip = `${stage.name}: ${HEALTH_LABEL[stage.health]}, ${percent} done`;
  return [
    `<text x="0" y="${y + 15}" font-size="12">${escapeHtml(truncate(stage.name, 22))}</text>`,
    `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${BAR_WIDTH}" height="${ROW - 10}" rx="3" fill="#f1f2f4"/>`,
    `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${(BAR_WIDTH * done).toFixed(1)}" height="${ROW - 10}" rx="3" fill="${HEALTH_COLOUR[stage.health]}"><title>${escapeHtml(tip)}</title></rect>`,
    `<text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 15}" font-size="11">${percent}</text>`,
  ].join('');
}

/** Cells sit in their day's column, so a stage that is newer than the others starts later. */
function trendCells(trend: StageTrend, columns: ReadonlyMap<string, number>, y: number): string {
  return trend
    .map((point) => {
      const health = asHealth(point.health);
      const x = TREND_X + (columns.get(point.day) ?? 0) * CELL;
      return `<rect class="trend-cell" data-health="${health}" x="${x}" y="${y + 3}" width="${CELL - 2}" height="${ROW - 8}" rx="2" fill="${HEALTH_COLOUR[health]}"><title>${escapeHtml(`${point.day}: ${HEALTH_LABEL[health]}`)}</title></rect>`;
    })
    .join('');
}

export function trendChart(journey: PortfolioJourney, trends: StageTrends | undefined): string {
  const trendOf = (stage: PortfolioStage): StageTrend =>
    trends?.get(trendKey(journey.mapId, stage.id)) ?? [];
  const days = [...new Set(journey.stages.flatMap((s) => trendOf(s).map((p) => p.day)))].sort();
  const columns = new Map(days.map((day, index) => [day, index]));
  const width = TREND_X + (days.length > 0 ? Math.max(days.length * CELL, 210) : 0);
  const height = HEAD + Math.max(1, journey.stages.length) * ROW + 4;
  const range = days.length > 0 ? `${days[0]} – ${days[days.length - 1]}` : '';
  const captions = [
    `<text x="${LABEL_WIDTH}" y="11" ${CAPTION}>progress</text>`,
    days.length > 0
      ? `<text x="${TREND_X}" y="11" ${CAPTION}>daily health ${escapeHtml(range)}</text>`
      : '',
  ].join('');
  const rows = journey.stages.map((stage, index) => {
    const y = HEAD + index * ROW + 2;
    return progressBar(stage, y) + trendCells(trendOf(stage), columns, y);
  });
  const label = `Progress${days.length > 0 ? ' and daily health' : ''} per stage of ${journey.name}`;
  return `<svg class="journey-chart" role="img" aria-label="${escapeHtml(label)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${captions}${rows.join('')}</svg>`;
}
