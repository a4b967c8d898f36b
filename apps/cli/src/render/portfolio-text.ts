// A portfolio as a terminal report: journeys ranked for investment, then the stages most in need.
import type { Portfolio, PortfolioStatus } from '@throughline/journey-core';
import { term } from './terminal-text';
import { textTable } from './text-table';

const STATUS_LABEL: Record<PortfolioStatus, string> = {
  'off-track': 'OFF TRACK',
  underfunded: 'underfunded',
  'at-risk': 'at risk',
  'on-track': 'on track',
  'no-work': 'no work',
};

export function renderPortfolio(portfolio: Portfolio, topStages: number): string {
  const asOf = portfolio.asOf ? ` (as of ${portfolio.asOf})` : '';
  const journeys = textTable(
    [
      { header: '#', align: 'right' },
      { header: 'Journey' },
      { header: 'Score', align: 'right' },
      { header: 'Status' },
      { header: 'Off track', align: 'right' },
      { header: 'Underfunded', align: 'right' },
      { header: 'At risk', align: 'right' },
      { header: 'On track', align: 'right' },
    ],
    portfolio.journeys.map((journey) => [
      String(journey.rank),
      journey.title,
      journey.score.toFixed(2),
      STATUS_LABEL[journey.status],
      String(journey.stageStatus.offTrack),
      String(journey.stageStatus.underfunded),
      String(journey.stageStatus.atRisk),
      String(journey.stageStatus.onTrack),
    ]),
  );
  const lines = [`Journeys ranked for investment${asOf}`, '', journeys, '', 'Stages most in need:'];
  for (const stage of portfolio.stages.slice(0, topStages)) {
    if (stage.score === 0) break;
    lines.push(
      term`  ${stage.rank}. ${stage.name} — ${stage.mapTitle} (${STATUS_LABEL[stage.status]}, score ${stage.score.toFixed(2)})`,
    );
    for (const reason of stage.reasons) lines.push(term`       ${reason.message}`);
  }
  return `${lines.join('\n')}\n`;
}
