// Scores one pain point: severity 1 to 5 and reach in percent of the journey's customers.
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form/label/default';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import type { JourneyOption, ResolverError } from '../../contract/resolver-contract';
import { InlineError } from '../common/load-states';
import { callResolver } from '../common/resolver-client';
import { parseReach, reachText } from './score-input';

type PainPoint = JourneyOption['painPoints'][number];

interface SeverityOption {
  label: string;
  value: number;
}

const SEVERITIES: SeverityOption[] = [
  { label: '1 · minor', value: 1 },
  { label: '2 · low', value: 2 },
  { label: '3 · medium', value: 3 },
  { label: '4 · high', value: 4 },
  { label: '5 · critical', value: 5 },
];

const title = xcss({ flexGrow: 1, minWidth: '200px' });
const severityField = xcss({ width: '200px' });
const reachField = xcss({ width: '120px' });

export function PainPointRow(props: {
  mapId: string;
  stageName: string;
  painPoint: PainPoint;
  onSaved: (journey: JourneyOption) => void;
}) {
  const { painPoint } = props;
  const [severity, setSeverity] = useState<number | undefined>(painPoint.severity);
  const [reach, setReach] = useState(reachText(painPoint.reach));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);
  const parsedReach = parseReach(reach);
  const dirty = severity !== painPoint.severity || reach !== reachText(painPoint.reach);
  const reachInvalid = parsedReach === null;

  const save = async () => {
    if (parsedReach === null) return;
    setSaving(true);
    setError(null);
    setSaved(false);
    const result = await callResolver('scorePainPoint', {
      mapId: props.mapId,
      painPointId: painPoint.id,
      ...(severity === undefined ? {} : { severity }),
      ...(parsedReach === undefined ? {} : { reach: parsedReach }),
    });
    setSaving(false);
    if (result.ok) {
      const now = result.data.journey.painPoints.find((entry) => entry.id === painPoint.id);
      setSeverity(now?.severity);
      setReach(reachText(now?.reach));
      setSaved(true);
      props.onSaved(result.data.journey);
    } else {
      setError(result.error);
    }
  };

  const severityId = `severity-${painPoint.id}`;
  const reachId = `reach-${painPoint.id}`;
  return (
    <Box testId={`pain-row-${painPoint.id}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (dirty && !reachInvalid) void save();
        }}
      >
        <Stack space="space.075">
          <Inline space="space.150" alignBlock="end" shouldWrap>
            <Box xcss={title}>
              <Stack space="space.025">
                <Text weight="medium">{painPoint.title}</Text>
                <Text size="small" color="color.text.subtlest">
                  {`${props.stageName}${painPoint.severity === undefined ? ' · unscored' : ''}`}
                </Text>
              </Stack>
            </Box>
            <Box xcss={severityField}>
              <Label htmlFor={severityId}>Severity</Label>
              <Select<SeverityOption, false>
                inputId={severityId}
                options={SEVERITIES}
                value={SEVERITIES.find((option) => option.value === severity) ?? null}
                onChange={(option) => setSeverity(option?.value)}
                placeholder="Unscored"
                spacing="compact"
                isSearchable={false}
              />
            </Box>
            <Box xcss={reachField}>
              <Label htmlFor={reachId}>Reach (%)</Label>
              <Textfield
                id={reachId}
                value={reach}
                inputMode="decimal"
                placeholder="0–100"
                isInvalid={reachInvalid}
                aria-describedby={reachInvalid ? `${reachId}-error` : undefined}
                onChange={(event) => setReach(event.currentTarget.value)}
                isCompact
              />
            </Box>
            <Button
              type="submit"
              isDisabled={
                !dirty || reachInvalid || (severity === undefined && parsedReach === undefined)
              }
              isLoading={saving}
            >
              Save
            </Button>
            {saved && !dirty ? (
              <Text size="small" color="color.text.success">
                Saved
              </Text>
            ) : null}
          </Inline>
          {reachInvalid ? (
            <Text size="small" color="color.text.danger" id={`${reachId}-error`}>
              Reach is a percentage from 0 to 100.
            </Text>
          ) : null}
          {error ? (
            <InlineError
              title={`${painPoint.title} was not scored`}
              error={error}
              onDismiss={() => setError(null)}
            />
          ) : null}
        </Stack>
      </form>
    </Box>
  );
}
