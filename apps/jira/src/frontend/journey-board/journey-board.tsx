// The project page: every journey of the project with its stages as columns, and where to invest next.
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { JourneyBoard as Board } from '../../contract/resolver-contract';
import { EmptyView, ErrorState, LoadingState } from '../common/load-states';
import { SectionCard } from '../common/section-card';
import { PortfolioLozenge } from '../common/status-lozenges';
import { useResolverQuery } from '../common/use-resolver-query';
import { JourneySection } from './journey-section';

const page = xcss({
  padding: 'space.300',
  backgroundColor: 'elevation.surface',
  minHeight: '100vh',
});

export function JourneyBoard() {
  const board = useResolverQuery('getJourneyBoard', {});
  const { state } = board;
  return (
    <Box xcss={page} testId="journey-board">
      <Stack space="space.300">
        <Inline spread="space-between" alignBlock="center">
          <Stack space="space.050">
            <Heading size="large" as="h1">
              Journey board
            </Heading>
            {state.status === 'ready' ? (
              <Text color="color.text.subtle">
                {`${state.data.projectKey} · ${state.data.journeys.length} journey${state.data.journeys.length === 1 ? '' : 's'} · as of ${state.data.asOf}`}
              </Text>
            ) : null}
          </Stack>
          <Button onClick={board.reload} isDisabled={state.status === 'loading'}>
            Refresh
          </Button>
        </Inline>
        {state.status === 'loading' ? <LoadingState label="Rolling up the linked issues" /> : null}
        {state.status === 'error' ? (
          <ErrorState
            title="The journey board could not be loaded"
            error={state.error}
            onRetry={board.reload}
          />
        ) : null}
        {state.status === 'ready' ? <BoardBody board={state.data} /> : null}
      </Stack>
    </Box>
  );
}

function BoardBody({ board }: { board: Board }) {
  if (board.journeys.length === 0) {
    return (
      <EmptyView
        header="No journeys on this board yet"
        description="Import a journey map under Project settings › Throughline journeys and choose it for this project. Issues linked to its stages from their Journey panel then show up here."
      />
    );
  }
  return (
    <Stack space="space.300">
      {board.topStages.length > 0 ? (
        <SectionCard title="Where to invest next" testId="top-stages">
          <Stack space="space.075">
            {board.topStages.map((stage) => (
              <Inline key={`${stage.mapId}/${stage.stageId}`} space="space.100" alignBlock="center">
                <Text weight="bold">{`${stage.rank}.`}</Text>
                <Text weight="medium">{stage.name}</Text>
                <Text color="color.text.subtle">{stage.mapTitle}</Text>
                <PortfolioLozenge status={stage.status} />
                {stage.reasons.length > 0 ? (
                  <Text size="small" color="color.text.subtlest">
                    {stage.reasons.join(' · ')}
                  </Text>
                ) : null}
              </Inline>
            ))}
          </Stack>
        </SectionCard>
      ) : null}
      {board.journeys.map((journey) => (
        <JourneySection key={journey.mapId} journey={journey} />
      ))}
    </Stack>
  );
}
