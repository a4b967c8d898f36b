// Which of the stored journeys this project shows on its board and offers in its issue panels.
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useState } from 'react';
import type { JourneyOption, ResolverError } from '../../contract/resolver-contract';
import { InlineError } from '../common/load-states';
import { callResolver } from '../common/resolver-client';
import { SectionCard } from '../common/section-card';

const option = xcss({
  paddingBlock: 'space.075',
  paddingInline: 'space.100',
  borderRadius: 'radius.small',
  ':hover': { backgroundColor: 'color.background.neutral.subtle.hovered' },
});

export function ProjectJourneysCard(props: {
  journeys: readonly JourneyOption[];
  projectJourneyIds: readonly string[];
  onSaved: (projectJourneyIds: string[]) => void;
}) {
  // The person's ticks over what is stored: a newer stored list (an import added a journey) keeps them.
  const [ticks, setTicks] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);
  const stored = new Set(props.projectJourneyIds);
  const isChosen = (mapId: string) => ticks.get(mapId) ?? stored.has(mapId);
  const dirty = props.journeys.some(
    (journey) => isChosen(journey.mapId) !== stored.has(journey.mapId),
  );

  const save = async () => {
    setSaving(true);
    setError(null);
    setSaved(false);
    // In the order the journeys are listed, so the board's order does not depend on click order.
    const mapIds = props.journeys
      .map((journey) => journey.mapId)
      .filter((mapId) => isChosen(mapId));
    const result = await callResolver('setProjectJourneys', { mapIds });
    setSaving(false);
    if (result.ok) {
      setTicks(new Map());
      setSaved(true);
      props.onSaved(result.data.projectJourneyIds);
    } else {
      setError(result.error);
    }
  };

  return (
    <SectionCard title="This project's journeys" testId="project-journeys-card">
      {props.journeys.length === 0 ? (
        <Text color="color.text.subtle">No journey maps are stored yet: import one above.</Text>
      ) : (
        <fieldset style={{ border: 0, margin: 0, padding: 0 }}>
          <legend>
            <Text color="color.text.subtle">
              Shown on the journey board and offered in issue panels
            </Text>
          </legend>
          <Stack space="space.025">
            {props.journeys.map((journey) => {
              const id = `journey-${journey.mapId}`;
              return (
                <Box key={journey.mapId} xcss={option}>
                  <Inline space="space.100" alignBlock="center">
                    <input
                      id={id}
                      type="checkbox"
                      checked={isChosen(journey.mapId)}
                      onChange={(event) => {
                        const next = new Map(ticks);
                        next.set(journey.mapId, event.currentTarget.checked);
                        setTicks(next);
                        setSaved(false);
                      }}
                    />
                    <label htmlFor={id}>
                      <Text>{journey.title}</Text>{' '}
                      <Text size="small" color="color.text.subtlest">
                        {`${journey.stages.length} stages · ${journey.painPoints.length} pain points`}
                      </Text>
                    </label>
                  </Inline>
                </Box>
              );
            })}
          </Stack>
        </fieldset>
      )}
      {error ? <InlineError title="The project's journeys were not saved" error={error} /> : null}
      <Inline space="space.100" alignBlock="center">
        <Button
          appearance="primary"
          onClick={() => void save()}
          isDisabled={!dirty}
          isLoading={saving}
        >
          Save journeys
        </Button>
        {saved && !dirty ? (
          <Text size="small" color="color.text.success">
            Saved
          </Text>
        ) : null}
      </Inline>
    </SectionCard>
  );
}
