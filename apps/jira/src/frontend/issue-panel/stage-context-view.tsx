// The journey around the ticket: the stage's phase and owner, its pain points, KPIs and the other issues on it.
import Badge from '@atlaskit/badge';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import ProgressBar from '@atlaskit/progress-bar';
import type { KpiView, ResponseOf } from '../../contract/resolver-contract';
import { IssueRow } from '../common/issue-row';
import { ErrorState, LoadingState } from '../common/load-states';
import { OpenInSearch } from '../common/open-in-search';
import { SectionCard } from '../common/section-card';
import { useResolverQuery } from '../common/use-resolver-query';

type StageContext = ResponseOf<'getStageContext'>;

export function StageContextView({ mapId, stageId }: { mapId: string; stageId: string }) {
  const { state, reload } = useResolverQuery('getStageContext', { mapId, stageId });
  if (state.status === 'loading') return <LoadingState label="Loading the stage" />;
  if (state.status === 'error') {
    return (
      <ErrorState title="The stage could not be loaded" error={state.error} onRetry={reload} />
    );
  }
  return <StageContextBody context={state.data} />;
}

function StageContextBody({ context }: { context: StageContext }) {
  const { stage } = context;
  return (
    <SectionCard
      title={`${context.mapTitle} › ${stage.name}`}
      actions={
        <OpenInSearch jql={context.jql} label={`Open the issues of ${stage.name} in search`} />
      }
      testId="stage-context"
    >
      <Inline space="space.100" shouldWrap>
        {stage.phaseName ? <Lozenge>{stage.phaseName}</Lozenge> : null}
        <Text size="small" color="color.text.subtle">
          {stage.owner ? `Owner: ${stage.owner}` : 'No owner yet'}
        </Text>
      </Inline>

      <Stack space="space.075">
        <Text weight="semibold" size="small">
          Pain points
        </Text>
        {context.painPoints.length === 0 ? (
          <Text size="small" color="color.text.subtlest">
            None recorded for this stage.
          </Text>
        ) : (
          context.painPoints.map((painPoint) => (
            <Inline
              key={painPoint.id}
              space="space.100"
              alignBlock="center"
              testId="stage-pain-point"
            >
              <Severity severity={painPoint.severity} />
              <Text size="small">{painPoint.title}</Text>
              {painPoint.status === 'open' ? null : (
                <Lozenge appearance="success">{painPoint.status}</Lozenge>
              )}
            </Inline>
          ))
        )}
      </Stack>

      {context.kpis.length > 0 ? (
        <Stack space="space.075">
          <Text weight="semibold" size="small">
            KPIs
          </Text>
          {context.kpis.map((kpi) => (
            <KpiLine key={kpi.id} kpi={kpi} />
          ))}
        </Stack>
      ) : null}

      <Stack space="space.075">
        <Inline space="space.075" alignBlock="center">
          <Text weight="semibold" size="small">
            Other issues on this stage
          </Text>
          <Badge>{context.issues.length}</Badge>
        </Inline>
        {context.issues.length === 0 ? (
          <Text size="small" color="color.text.subtlest">
            No other issue is linked to this stage yet.
          </Text>
        ) : (
          context.issues.map((issue) => <IssueRow key={issue.id} issue={issue} />)
        )}
      </Stack>
    </SectionCard>
  );
}

function Severity({ severity }: { severity: number | undefined }) {
  if (severity === undefined) return <Lozenge>Unscored</Lozenge>;
  return (
    <Lozenge appearance={severity >= 4 ? 'removed' : severity >= 3 ? 'moved' : 'default'}>
      {`Severity ${severity}`}
    </Lozenge>
  );
}

function KpiLine({ kpi }: { kpi: KpiView }) {
  const reading = kpi.current === undefined ? 'no reading' : `${kpi.current}${kpi.unit}`;
  return (
    <Stack space="space.050" testId="stage-kpi">
      <Inline spread="space-between">
        <Text size="small">{kpi.name}</Text>
        <Text size="small" color="color.text.subtle">
          {reading} → {kpi.target}
          {kpi.unit}
        </Text>
      </Inline>
      {kpi.attainment === undefined ? null : (
        <ProgressBar
          value={Math.max(0, Math.min(1, kpi.attainment))}
          appearance={kpi.attainment >= 1 ? 'success' : 'default'}
          ariaLabel={`${kpi.name}: ${Math.round(kpi.attainment * 100)}% of the way to target`}
        />
      )}
    </Stack>
  );
}
