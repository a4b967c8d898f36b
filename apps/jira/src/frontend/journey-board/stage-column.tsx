// One stage of the board as a column: health, progress, its pain points with their issues, the rest of its work.
import Avatar from '@atlaskit/avatar';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import ProgressBar from '@atlaskit/progress-bar';
import type { BoardPainPoint, BoardStage } from '../../contract/resolver-contract';
import { IssueRow } from '../common/issue-row';
import { OpenInSearch } from '../common/open-in-search';
import { HealthLozenge } from '../common/status-lozenges';

const column = xcss({
  width: '280px',
  flexShrink: 0,
  padding: 'space.150',
  borderRadius: 'radius.medium',
  backgroundColor: 'color.background.neutral.subtle',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
});

const painCard = xcss({
  padding: 'space.100',
  borderRadius: 'radius.small',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

const unaddressedCard = xcss({
  padding: 'space.100',
  borderRadius: 'radius.small',
  backgroundColor: 'color.background.warning',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border.warning',
});

export function progressText(progress: number | null): string {
  return progress === null ? 'No weighted work' : `${Math.round(progress * 100)}% done`;
}

export function StageColumn({ stage }: { stage: BoardStage }) {
  const { counts } = stage;
  return (
    <Box xcss={column} testId={`stage-${stage.stageId}`}>
      <Stack space="space.150">
        <Stack space="space.075">
          <Inline spread="space-between" alignBlock="center" space="space.050">
            <Text weight="bold">{stage.name}</Text>
            <HealthLozenge health={stage.health} />
          </Inline>
          <Inline space="space.075" alignBlock="center">
            {stage.owner ? (
              <>
                <Avatar size="xsmall" name={stage.owner} />
                <Text size="small" color="color.text.subtle">
                  {stage.owner}
                </Text>
              </>
            ) : (
              <Text size="small" color="color.text.subtlest">
                No owner
              </Text>
            )}
          </Inline>
          <ProgressBar
            value={stage.progress ?? 0}
            appearance={stage.health === 'done' ? 'success' : 'default'}
            ariaLabel={`${stage.name}: ${progressText(stage.progress)}`}
          />
          <Inline spread="space-between">
            <Text size="small" color="color.text.subtle">
              {progressText(stage.progress)}
            </Text>
            <Text size="small" color="color.text.subtle">
              {`${counts.done}/${counts.total - counts.canceled} issues done`}
            </Text>
          </Inline>
          {stage.overdue > 0 ? (
            <Box>
              <Lozenge appearance="removed">{`${stage.overdue} overdue`}</Lozenge>
            </Box>
          ) : null}
        </Stack>

        {stage.painPoints.map((painPoint) => (
          <PainPointCard key={painPoint.id} painPoint={painPoint} />
        ))}

        {stage.issues.length > 0 ? (
          <Stack space="space.075">
            <Text size="small" weight="semibold" color="color.text.subtle">
              Other work on this stage
            </Text>
            {stage.issues.map((issue) => (
              <IssueRow key={issue.id} issue={issue} />
            ))}
          </Stack>
        ) : null}

        {stage.painPoints.length === 0 && stage.issues.length === 0 ? (
          <Text size="small" color="color.text.subtlest">
            No pain points and no linked issues yet. Link issues from their Journey panel.
          </Text>
        ) : null}

        <Box>
          <OpenInSearch jql={stage.jql} label={`Open the issues of ${stage.name} in search`} />
        </Box>
      </Stack>
    </Box>
  );
}

function PainPointCard({ painPoint }: { painPoint: BoardPainPoint }) {
  return (
    <Box
      xcss={painPoint.unaddressed ? unaddressedCard : painCard}
      testId={`pain-point-${painPoint.id}`}
    >
      <Stack space="space.075">
        <Inline space="space.075" alignBlock="start" spread="space-between">
          <Text size="small" weight="medium">
            {painPoint.title}
          </Text>
          {painPoint.severity === undefined ? null : (
            <Lozenge appearance={painPoint.severity >= 4 ? 'removed' : 'default'}>
              {`S${painPoint.severity}`}
            </Lozenge>
          )}
        </Inline>
        {painPoint.unaddressed ? (
          <Box>
            <Lozenge appearance="moved" testId="unaddressed">
              Nobody works on this
            </Lozenge>
          </Box>
        ) : null}
        {painPoint.status === 'open' ? null : (
          <Box>
            <Lozenge appearance="success">{painPoint.status}</Lozenge>
          </Box>
        )}
        {painPoint.issues.map((issue) => (
          <IssueRow key={issue.id} issue={issue} />
        ))}
      </Stack>
    </Box>
  );
}
