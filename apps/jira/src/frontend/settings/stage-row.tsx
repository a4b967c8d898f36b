// One stage's name and owner, edited in place; what was typed stays in the fields when a save fails.
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form/label/default';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { JourneyOption, ResolverError } from '../../contract/resolver-contract';
import { InlineError } from '../common/load-states';
import { callResolver } from '../common/resolver-client';

type Stage = JourneyOption['stages'][number];

const field = xcss({ flexGrow: 1, minWidth: '160px' });

export function StageRow(props: {
  mapId: string;
  stage: Stage;
  onSaved: (journey: JourneyOption) => void;
}) {
  const { stage } = props;
  const [name, setName] = useState(stage.name);
  const [owner, setOwner] = useState(stage.owner ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);
  const dirty = name !== stage.name || owner !== (stage.owner ?? '');

  const save = async () => {
    setSaving(true);
    setError(null);
    setSaved(false);
    const trimmedOwner = owner.trim();
    const result = await callResolver('editStage', {
      mapId: props.mapId,
      stageId: stage.id,
      ...(name !== stage.name ? { name } : {}),
      ...(owner !== (stage.owner ?? '')
        ? { owner: trimmedOwner === '' ? null : trimmedOwner }
        : {}),
    });
    setSaving(false);
    if (result.ok) {
      // What the map now holds (names come back trimmed): the fields show it, and nothing is left dirty.
      const now = result.data.journey.stages.find((entry) => entry.id === stage.id);
      setName(now?.name ?? name);
      setOwner(now?.owner ?? '');
      setSaved(true);
      props.onSaved(result.data.journey);
    } else {
      setError(result.error);
    }
  };

  const nameId = `stage-name-${stage.id}`;
  const ownerId = `stage-owner-${stage.id}`;
  return (
    <Box testId={`stage-row-${stage.id}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (dirty) void save();
        }}
      >
        <Stack space="space.075">
          <Inline space="space.150" alignBlock="end" shouldWrap>
            <Box xcss={field}>
              <Label htmlFor={nameId}>Stage name</Label>
              <Textfield
                id={nameId}
                value={name}
                onChange={(event) => setName(event.currentTarget.value)}
                isCompact
              />
            </Box>
            <Box xcss={field}>
              <Label htmlFor={ownerId}>Owner</Label>
              <Textfield
                id={ownerId}
                value={owner}
                placeholder="Nobody yet"
                onChange={(event) => setOwner(event.currentTarget.value)}
                isCompact
              />
            </Box>
            <Button type="submit" isDisabled={!dirty} isLoading={saving}>
              Save
            </Button>
            {saved && !dirty ? (
              <Text size="small" color="color.text.success">
                Saved
              </Text>
            ) : null}
          </Inline>
          {error ? (
            <InlineError
              title={`${stage.name} was not saved`}
              error={error}
              onDismiss={() => setError(null)}
            />
          ) : null}
        </Stack>
      </form>
    </Box>
  );
}
