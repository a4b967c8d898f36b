// How the rollup counts work: the story points field (scope) and the resolutions that mean canceled.
import Button from '@atlaskit/button/new';
import { HelperMessage } from '@atlaskit/form/helper-message';
import { Label } from '@atlaskit/form/label/default';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { ResolverError, Settings } from '../../contract/resolver-contract';
import { InlineError } from '../common/load-states';
import { callResolver } from '../common/resolver-client';
import { SectionCard } from '../common/section-card';
import { parseResolutions } from './score-input';

export function WorkSettingsCard({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}) {
  const [field, setField] = useState(settings.storyPointsField ?? '');
  const [resolutions, setResolutions] = useState(settings.canceledResolutions.join(', '));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);

  const save = async () => {
    setSaving(true);
    setError(null);
    setSaved(false);
    const trimmed = field.trim();
    const result = await callResolver('saveSettings', {
      storyPointsField: trimmed === '' ? null : trimmed,
      canceledResolutions: parseResolutions(resolutions),
    });
    setSaving(false);
    if (result.ok) {
      setSaved(true);
      onSaved(result.data);
    } else {
      setError(result.error);
    }
  };

  return (
    <SectionCard title="How work is counted" testId="work-settings-card">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Stack space="space.150">
          <Box>
            <Label htmlFor="story-points-field">Story points field</Label>
            <Textfield
              id="story-points-field"
              value={field}
              placeholder="customfield_10016"
              isMonospaced
              onChange={(event) => {
                setField(event.currentTarget.value);
                setSaved(false);
              }}
            />
            <HelperMessage>Leave empty to count every issue as 1.</HelperMessage>
          </Box>
          <Box>
            <Label htmlFor="canceled-resolutions">Resolutions that mean canceled</Label>
            <Textfield
              id="canceled-resolutions"
              value={resolutions}
              onChange={(event) => {
                setResolutions(event.currentTarget.value);
                setSaved(false);
              }}
            />
            <HelperMessage>
              Separated by commas; a done issue with one of these counts as canceled.
            </HelperMessage>
          </Box>
          {error ? (
            <InlineError
              title="The settings were not saved"
              error={error}
              onDismiss={() => setError(null)}
            />
          ) : null}
          <Inline space="space.100" alignBlock="center">
            <Button type="submit" appearance="primary" isLoading={saving}>
              Save settings
            </Button>
            {saved ? (
              <Text size="small" color="color.text.success">
                Saved
              </Text>
            ) : null}
          </Inline>
        </Stack>
      </form>
    </SectionCard>
  );
}
