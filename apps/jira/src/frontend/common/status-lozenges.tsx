// Lozenges for the contract's statuses: an issue's work status, a rollup's health, a portfolio status.
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import type { PortfolioStatus, RollupHealth, WorkStatus } from '../../contract/resolver-contract';

const WORK: Record<WorkStatus, { appearance: ThemeAppearance; text: string }> = {
  todo: { appearance: 'default', text: 'To do' },
  'in-progress': { appearance: 'inprogress', text: 'In progress' },
  done: { appearance: 'success', text: 'Done' },
  canceled: { appearance: 'removed', text: 'Canceled' },
};

/** Jira's own status name when it has one ("In Review"), coloured by its category. */
export function WorkStatusLozenge({
  status,
  name,
}: {
  status: WorkStatus;
  name?: string | undefined;
}) {
  const { appearance, text } = WORK[status];
  return (
    <Lozenge appearance={appearance} testId={`status-${status}`}>
      {name ?? text}
    </Lozenge>
  );
}

const HEALTH: Record<RollupHealth, { appearance: ThemeAppearance; text: string }> = {
  'off-track': { appearance: 'removed', text: 'Off track' },
  'at-risk': { appearance: 'moved', text: 'At risk' },
  'on-track': { appearance: 'success', text: 'On track' },
  done: { appearance: 'success', text: 'Done' },
  none: { appearance: 'default', text: 'No work' },
};

export function HealthLozenge({ health }: { health: RollupHealth }) {
  const { appearance, text } = HEALTH[health];
  return (
    <Lozenge appearance={appearance} isBold={health === 'done'} testId={`health-${health}`}>
      {text}
    </Lozenge>
  );
}

const PORTFOLIO: Record<PortfolioStatus, { appearance: ThemeAppearance; text: string }> = {
  'off-track': { appearance: 'removed', text: 'Off track' },
  underfunded: { appearance: 'moved', text: 'Underfunded' },
  'at-risk': { appearance: 'moved', text: 'At risk' },
  'on-track': { appearance: 'success', text: 'On track' },
  'no-work': { appearance: 'default', text: 'No work' },
};

export function PortfolioLozenge({ status }: { status: PortfolioStatus }) {
  const { appearance, text } = PORTFOLIO[status];
  return (
    <Lozenge appearance={appearance} isBold testId={`portfolio-${status}`}>
      {text}
    </Lozenge>
  );
}
