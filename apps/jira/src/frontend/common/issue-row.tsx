// One linked Jira issue in a list: key (a link when Jira gave a URL), status lozenge and assignee, then its summary.
import Avatar from '@atlaskit/avatar';
import Link from '@atlaskit/link';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Tooltip from '@atlaskit/tooltip';
import type { IssueCard } from '../../contract/resolver-contract';
import { WorkStatusLozenge } from './status-lozenges';

const row = xcss({
  paddingBlock: 'space.075',
  paddingInline: 'space.100',
  borderRadius: 'radius.small',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
  backgroundColor: 'elevation.surface',
});

const key = xcss({ whiteSpace: 'nowrap' });

export function IssueRow({ issue }: { issue: IssueCard }) {
  const assignee = issue.assignee?.displayName ?? 'Unassigned';
  return (
    <Box xcss={row} testId={`issue-${issue.key}`}>
      <Stack space="space.050">
        <Inline spread="space-between" alignBlock="center" space="space.100">
          <Box xcss={key}>
            <Text weight="medium" size="small">
              {issue.url ? (
                <Link href={issue.url} target="_blank">
                  {issue.key}
                </Link>
              ) : (
                issue.key
              )}
            </Text>
          </Box>
          <Inline space="space.075" alignBlock="center">
            <WorkStatusLozenge status={issue.status} name={issue.statusName} />
            <Tooltip content={assignee}>
              <Avatar
                size="small"
                name={assignee}
                {...(issue.assignee?.avatarUrl ? { src: issue.assignee.avatarUrl } : {})}
              />
            </Tooltip>
          </Inline>
        </Inline>
        <Text size="small" maxLines={2}>
          {issue.title}
        </Text>
      </Stack>
    </Box>
  );
}
