// A titled block of a screen on a raised surface, the way Jira groups a panel's parts.
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import type { ReactNode } from 'react';

const card = xcss({
  padding: 'space.200',
  borderRadius: 'radius.medium',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

export function SectionCard(props: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Box as="section" xcss={card} {...(props.testId ? { testId: props.testId } : {})}>
      <Stack space="space.150">
        <Inline spread="space-between" alignBlock="center" space="space.100">
          <Heading size="xsmall" as="h2">
            {props.title}
          </Heading>
          {props.actions}
        </Inline>
        {props.children}
      </Stack>
    </Box>
  );
}
