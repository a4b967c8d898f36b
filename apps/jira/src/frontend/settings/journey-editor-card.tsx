// Edit one journey: its stages' names and owners, and the scores of its pain points.
import { Label } from '@atlaskit/form/label/default';
import { Box, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import { useState } from 'react';
import type { JourneyOption } from '../../contract/resolver-contract';
import { SectionCard } from '../common/section-card';
import { PainPointRow } from './pain-point-row';
import { StageRow } from './stage-row';

interface JourneyChoice {
  label: string;
  value: string;
}

export function JourneyEditorCard(props: {
  journeys: readonly JourneyOption[];
  onSaved: (journey: JourneyOption) => void;
}) {
  const [mapId, setMapId] = useState<string | undefined>(props.journeys[0]?.mapId);
  const choices = props.journeys.map((journey) => ({ label: journey.title, value: journey.mapId }));
  const journey = props.journeys.find((entry) => entry.mapId === mapId) ?? props.journeys[0];
  if (!journey) return null;
  const stageName = new Map(journey.stages.map((stage) => [stage.id, stage.name]));

  return (
    <SectionCard title="Stages and pain points" testId="journey-editor-card">
      <Box>
        <Label htmlFor="edit-journey-select">Journey to edit</Label>
        <Select<JourneyChoice, false>
          inputId="edit-journey-select"
          options={choices}
          value={choices.find((choice) => choice.value === journey.mapId) ?? null}
          onChange={(choice) => {
            if (choice) setMapId(choice.value);
          }}
        />
      </Box>
      <Stack space="space.150">
        <Text weight="semibold">Stages</Text>
        {journey.stages.map((stage) => (
          <StageRow
            key={`${journey.mapId}/${stage.id}`}
            mapId={journey.mapId}
            stage={stage}
            onSaved={props.onSaved}
          />
        ))}
      </Stack>
      <Stack space="space.150">
        <Text weight="semibold">Pain points</Text>
        {journey.painPoints.length === 0 ? (
          <Text color="color.text.subtle">This journey has no pain points yet.</Text>
        ) : (
          journey.painPoints.map((painPoint) => (
            <PainPointRow
              key={`${journey.mapId}/${painPoint.id}`}
              mapId={journey.mapId}
              stageName={stageName.get(painPoint.stageId) ?? painPoint.stageId}
              painPoint={painPoint}
              onSaved={props.onSaved}
            />
          ))
        )}
      </Stack>
    </SectionCard>
  );
}
