// Pick journey → stage → pain point (each searchable) and link the issue; the choice survives a failed link.
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form/label/default';
import { Box, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';
import type { JourneyOption, ResolverError } from '../../contract/resolver-contract';
import { InlineError } from '../common/load-states';
import {
  findOption,
  journeyOptions,
  type PickOption,
  painPointOptions,
  stageGroups,
} from './journey-options';

export interface LinkSelection {
  mapId?: string;
  stageId?: string;
  painPointId?: string;
}

export interface LinkFormProps {
  journeys: readonly JourneyOption[];
  selection: LinkSelection;
  onSelect: (selection: LinkSelection) => void;
  onLink: () => void;
  linking: boolean;
  error: ResolverError | null;
  onDismissError: () => void;
  /** The selection is already one of the issue's links. */
  alreadyLinked: boolean;
}

export function LinkForm(props: LinkFormProps) {
  const { journeys, selection, onSelect } = props;
  const journey = journeys.find((entry) => entry.mapId === selection.mapId);
  const journeyChoices = journeyOptions(journeys);
  const stageChoices = journey ? stageGroups(journey) : [];
  const painChoices =
    journey && selection.stageId ? painPointOptions(journey, selection.stageId) : [];

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (selection.mapId && selection.stageId && !props.linking) props.onLink();
      }}
      data-testid="link-form"
    >
      <Stack space="space.150">
        <Box>
          <Label htmlFor="journey-select">Journey</Label>
          <Select<PickOption, false>
            inputId="journey-select"
            options={journeyChoices}
            value={findOption(journeyChoices, selection.mapId)}
            onChange={(option) => onSelect(option ? { mapId: option.value } : {})}
            placeholder="Choose a journey"
            noOptionsMessage={() => 'No journey matches'}
            isClearable
          />
        </Box>
        <Box>
          <Label htmlFor="stage-select">Stage</Label>
          <Select<PickOption, false>
            inputId="stage-select"
            options={stageChoices}
            value={findOption(stageChoices, selection.stageId)}
            onChange={(option) =>
              onSelect(
                option && selection.mapId
                  ? { mapId: selection.mapId, stageId: option.value }
                  : { ...withMap(selection) },
              )
            }
            placeholder={journey ? 'Choose a stage' : 'Choose a journey first'}
            noOptionsMessage={() => 'No stage matches'}
            isDisabled={!journey}
            isClearable
          />
        </Box>
        <Box>
          <Label htmlFor="pain-point-select">Pain point (optional)</Label>
          <Select<PickOption, false>
            inputId="pain-point-select"
            options={painChoices}
            value={findOption(painChoices, selection.painPointId)}
            onChange={(option) => {
              const { painPointId: _dropped, ...rest } = selection;
              onSelect(option ? { ...rest, painPointId: option.value } : rest);
            }}
            placeholder={
              !selection.stageId
                ? 'Choose a stage first'
                : painChoices.length === 0
                  ? 'This stage has no pain points'
                  : 'The stage as a whole, or one of its pain points'
            }
            noOptionsMessage={() => 'No pain point matches'}
            isDisabled={painChoices.length === 0}
            isClearable
          />
        </Box>
        {props.error ? (
          <InlineError
            title="The issue was not linked"
            error={props.error}
            onDismiss={props.onDismissError}
          />
        ) : null}
        <Box>
          <Button
            type="submit"
            appearance="primary"
            isDisabled={!selection.mapId || !selection.stageId || props.alreadyLinked}
            isLoading={props.linking}
            testId="link-button"
          >
            Link issue
          </Button>
          {props.alreadyLinked ? (
            <Text size="small" color="color.text.subtlest">
              {' '}
              This issue is already linked there.
            </Text>
          ) : null}
        </Box>
      </Stack>
    </form>
  );
}

function withMap(selection: LinkSelection): LinkSelection {
  return selection.mapId ? { mapId: selection.mapId } : {};
}
