// One journey on the board: its portfolio status and rollup, unaddressed pain points, then phases of stage columns.
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import ProgressBar from '@atlaskit/progress-bar';
import SectionMessage from '@atlaskit/section-message';
import type { BoardJourney } from '../../contract/resolver-contract';
import { IssueRow } from '../common/issue-row';
import { OpenInSearch } from '../common/open-in-search';
import { HealthLozenge, PortfolioLozenge } from '../common/status-lozenges';
import { progressText, StageColumn } from './stage-column';

const section = xcss({
  padding: 'space.200',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

const columns = xcss({
  display: 'flex',
  gap: 'space.200',
  overflowX: 'auto',
  paddingBlockEnd: 'space.100',
  alignItems: 'flex-start',
});

const phaseHeader = xcss({
  paddingBlockEnd: 'space.050',
  borderBlockEndWidth: 'border.width.selected',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border.brand',
});

const summaryBar = xcss({ width: '240px' });

export function JourneySection({ journey }: { journey: BoardJourney }) {
  const { counts } = journey;
  return (
    <Box as="section" xcss={section} testId={`journey-${journey.mapId}`}>
      <Stack space="space.200">
        <Inline spread="space-between" alignBlock="center" shouldWrap space="space.200">
          <Stack space="space.050">
            <Inline space="space.100" alignBlock="center">
              <Heading size="medium" as="h2">
                {journey.title}
              </Heading>
              <PortfolioLozenge status={journey.status} />
              <HealthLozenge health={journey.health} />
            </Inline>
            <Text size="small" color="color.text.subtle">
              {`Rank ${journey.rank} for investment · ${counts.total} linked issues: ${counts.todo} to do, ${counts.inProgress} in progress, ${counts.done} done${counts.canceled > 0 ? `, ${counts.canceled} canceled` : ''}`}
            </Text>
            {journey.reasons.length > 0 ? (
              <Text size="small" color="color.text.subtlest">
                {journey.reasons.join(' · ')}
              </Text>
            ) : null}
          </Stack>
          <Inline space="space.150" alignBlock="center">
            <Stack space="space.050" xcss={summaryBar}>
              <ProgressBar
                value={journey.progress ?? 0}
                ariaLabel={`${journey.title}: ${progressText(journey.progress)}`}
              />
              <Text size="small" color="color.text.subtle">
                {progressText(journey.progress)}
              </Text>
            </Stack>
            <OpenInSearch
              jql={journey.jql}
              label={`Open the issues of ${journey.title} in search`}
            />
          </Inline>
        </Inline>

        {journey.unaddressedPainPoints.length > 0 ? (
          <SectionMessage
            appearance="warning"
            title={`${journey.unaddressedPainPoints.length} pain point${journey.unaddressedPainPoints.length === 1 ? '' : 's'} nobody works on`}
            testId="unaddressed-pain-points"
          >
            <Box as="ul">
              {journey.unaddressedPainPoints.map((painPoint) => (
                <li key={painPoint.id}>
                  <Text>{`${painPoint.title} (${painPoint.stageName})`}</Text>
                </li>
              ))}
            </Box>
          </SectionMessage>
        ) : null}

        <Box xcss={columns} testId="board-columns">
          {journey.columns.map((group) => (
            <Stack key={group.phaseId ?? 'no-phase'} space="space.100">
              <Box xcss={phaseHeader}>
                <Text weight="semibold" color="color.text.subtle" size="small">
                  {(group.phaseName ?? 'Stages').toUpperCase()}
                </Text>
              </Box>
              <Inline space="space.150" alignBlock="start">
                {group.stages.map((stage) => (
                  <StageColumn key={stage.stageId} stage={stage} />
                ))}
              </Inline>
            </Stack>
          ))}
        </Box>

        {journey.unmatchedIssues.length > 0 ? (
          <SectionMessage appearance="information" title="Linked to stages this map no longer has">
            <Stack space="space.075">
              {journey.unmatchedIssues.map((issue) => (
                <IssueRow key={issue.id} issue={issue} />
              ))}
            </Stack>
          </SectionMessage>
        ) : null}
      </Stack>
    </Box>
  );
}
