// The stage at a look, for the issue's context area: each linked stage with its health and progress, read-only.
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import ProgressBar from '@atlaskit/progress-bar';
import Spinner from '@atlaskit/spinner';
import type { IssueLinkView } from '../../contract/resolver-contract';
import { ErrorState, LoadingState } from '../common/load-states';
import { HealthLozenge } from '../common/status-lozenges';
import { useResolverQuery } from '../common/use-resolver-query';

const page = xcss({ padding: 'space.100', backgroundColor: 'elevation.surface' });

const row = xcss({
  paddingBlock: 'space.100',
  paddingInline: 'space.100',
  borderRadius: 'radius.small',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
});

/** One row per linked stage; the pain points of its links listed under it. */
interface StageRow {
  mapId: string;
  stageId: string;
  journey: string;
  stage: string;
  missing: boolean;
  painPoints: string[];
}

export function stageRows(links: readonly IssueLinkView[]): StageRow[] {
  const rows = new Map<string, StageRow>();
  for (const link of links) {
    const key = `${link.mapId}/${link.stageId}`;
    const entry = rows.get(key) ?? {
      mapId: link.mapId,
      stageId: link.stageId,
      journey: link.mapTitle ?? link.mapId,
      stage: link.stageName ?? link.stageId,
      missing: link.stageName === undefined,
      painPoints: [],
    };
    if (link.painPointId !== undefined) {
      entry.painPoints.push(link.painPointTitle ?? link.painPointId);
    }
    rows.set(key, entry);
  }
  return [...rows.values()];
}

export function IssueContext() {
  const links = useResolverQuery('getIssueLinks', {});
  if (links.state.status === 'loading') return <LoadingState label="Loading the journey stage" />;
  if (links.state.status === 'error') {
    return (
      <ErrorState
        title="This issue's journey stage could not be loaded"
        error={links.state.error}
        onRetry={links.reload}
      />
    );
  }
  const rows = stageRows(links.state.data.links);
  if (rows.length === 0) {
    // One line, not Atlaskit's large empty state: the context area is a narrow column.
    return (
      <Box xcss={page} testId="empty">
        <Text color="color.text.subtle">
          Not linked to a journey stage — link it in the Throughline panel.
        </Text>
      </Box>
    );
  }
  return (
    <Box xcss={page} testId="issue-context">
      <Stack space="space.100">
        {rows.map((entry) => (
          <StageGlance key={`${entry.mapId}/${entry.stageId}`} row={entry} />
        ))}
      </Stack>
    </Box>
  );
}

function StageGlance({ row: entry }: { row: StageRow }) {
  return (
    <Box xcss={row} testId="stage-glance">
      <Stack space="space.075">
        <Text weight="medium">
          {entry.journey} › {entry.stage}
        </Text>
        {entry.missing ? (
          <Inline>
            <Lozenge appearance="moved">Not in the map</Lozenge>
          </Inline>
        ) : (
          <StageFigures mapId={entry.mapId} stageId={entry.stageId} name={entry.stage} />
        )}
        {entry.painPoints.map((title) => (
          <Text key={title} size="small" color="color.text.subtle" testId="glance-pain-point">
            Pain point: {title}
          </Text>
        ))}
      </Stack>
    </Box>
  );
}

function StageFigures(props: { mapId: string; stageId: string; name: string }) {
  const { state, reload } = useResolverQuery('getStageContext', {
    mapId: props.mapId,
    stageId: props.stageId,
  });
  if (state.status === 'loading') return <Spinner size="small" label={`Loading ${props.name}`} />;
  if (state.status === 'error') {
    return (
      <ErrorState title="The stage could not be loaded" error={state.error} onRetry={reload} />
    );
  }
  const { health, progress } = state.data;
  const percent = progress === null ? null : Math.round(progress * 100);
  return (
    <Stack space="space.050">
      <Inline space="space.100" alignBlock="center" spread="space-between">
        <HealthLozenge health={health} />
        <Text size="small" color="color.text.subtle" testId="glance-progress">
          {percent === null ? 'No weighted work yet' : `${percent}% done`}
        </Text>
      </Inline>
      {progress === null ? null : (
        <ProgressBar
          value={Math.max(0, Math.min(1, progress))}
          appearance={progress >= 1 ? 'success' : 'default'}
          ariaLabel={`${props.name}: ${percent}% done`}
        />
      )}
    </Stack>
  );
}
