// The project settings page: import maps, choose the project's journeys, edit stages, score pain points, settings.
import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { JourneyOption } from '../../contract/resolver-contract';
import { ErrorState, LoadingState } from '../common/load-states';
import { useResolverQuery } from '../common/use-resolver-query';
import { ImportMapCard } from './import-map-card';
import { JourneyEditorCard } from './journey-editor-card';
import { ProjectJourneysCard } from './project-journeys-card';
import { WorkSettingsCard } from './work-settings-card';

const page = xcss({
  padding: 'space.300',
  maxWidth: '960px',
  backgroundColor: 'elevation.surface',
  minHeight: '100vh',
});

export function SettingsPage() {
  const catalog = useResolverQuery('listJourneys', { scope: 'all' });
  const settings = useResolverQuery('getSettings', {});

  const replaceJourney = (journey: JourneyOption) => {
    if (catalog.state.status !== 'ready') return;
    const data = catalog.state.data;
    catalog.setData({
      ...data,
      journeys: data.journeys.map((entry) => (entry.mapId === journey.mapId ? journey : entry)),
    });
  };

  return (
    <Box xcss={page} testId="settings-page">
      <Stack space="space.300">
        <Stack space="space.050">
          <Heading size="large" as="h1">
            Throughline journeys
          </Heading>
          <Text color="color.text.subtle">
            Journey maps for this project: import them, choose which ones it works on, and keep
            their stages and pain points current.
          </Text>
        </Stack>
        <ImportMapCard onImported={catalog.reload} />
        {catalog.state.status === 'loading' ? <LoadingState label="Loading the journeys" /> : null}
        {catalog.state.status === 'error' ? (
          <ErrorState
            title="The journeys could not be loaded"
            error={catalog.state.error}
            onRetry={catalog.reload}
          />
        ) : null}
        {catalog.state.status === 'ready' ? (
          <>
            <ProjectJourneysCard
              journeys={catalog.state.data.journeys}
              projectJourneyIds={catalog.state.data.projectJourneyIds}
              onSaved={(projectJourneyIds) => {
                if (catalog.state.status === 'ready')
                  catalog.setData({ ...catalog.state.data, projectJourneyIds });
              }}
            />
            <JourneyEditorCard journeys={catalog.state.data.journeys} onSaved={replaceJourney} />
          </>
        ) : null}
        {settings.state.status === 'loading' ? <LoadingState label="Loading the settings" /> : null}
        {settings.state.status === 'error' ? (
          <ErrorState
            title="The settings could not be loaded"
            error={settings.state.error}
            onRetry={settings.reload}
          />
        ) : null}
        {settings.state.status === 'ready' ? (
          <WorkSettingsCard settings={settings.state.data} onSaved={settings.setData} />
        ) : null}
      </Stack>
    </Box>
  );
}
