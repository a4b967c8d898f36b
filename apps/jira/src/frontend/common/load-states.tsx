// The designed states every screen shares: loading, empty (with what to do next) and error (with a retry).
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { ReactNode } from 'react';
import type { ResolverError } from '../../contract/resolver-contract';

const centred = xcss({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  gap: 'space.150',
  paddingBlock: 'space.400',
});

export function LoadingState({ label }: { label: string }) {
  return (
    <Box xcss={centred} role="status" aria-live="polite" testId="loading">
      <Spinner size="large" label={label} />
      <Text color="color.text.subtle">{label}</Text>
    </Box>
  );
}

export function EmptyView(props: { header: string; description: ReactNode; action?: ReactNode }) {
  return (
    <Box testId="empty">
      <EmptyState
        header={props.header}
        headingLevel={2}
        headingSize="xsmall"
        description={props.description}
        {...(props.action === undefined ? {} : { primaryAction: props.action })}
      />
    </Box>
  );
}

/** The resolver's message, and where a request was refused field by field, which fields. */
export function ErrorDetails({ error }: { error: ResolverError }) {
  return (
    <Stack space="space.050">
      <Text>{error.message}</Text>
      {error.issues && error.issues.length > 0 ? (
        <Box as="ul" xcss={issueList}>
          {error.issues.map((issue) => (
            <li key={`${issue.path.join('.')}:${issue.message}`}>
              <Text>
                {issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''}
                {issue.message}
              </Text>
            </li>
          ))}
        </Box>
      ) : null}
    </Stack>
  );
}

const issueList = xcss({ margin: 'space.0', paddingInlineStart: 'space.250' });

export function ErrorState(props: { title: string; error: ResolverError; onRetry?: () => void }) {
  return (
    <Box testId="error" padding="space.100">
      <SectionMessage
        appearance="error"
        title={props.title}
        {...(props.onRetry
          ? {
              actions: [
                <SectionMessageAction key="retry" onClick={props.onRetry}>
                  Try again
                </SectionMessageAction>,
              ],
            }
          : {})}
      >
        <ErrorDetails error={props.error} />
      </SectionMessage>
    </Box>
  );
}

/** An error beside the form that caused it: the form keeps what the person typed. */
export function InlineError(props: {
  title: string;
  error: ResolverError;
  onDismiss?: () => void;
}) {
  return (
    <Box role="alert" testId="inline-error">
      <SectionMessage appearance="error" title={props.title}>
        <Stack space="space.100">
          <ErrorDetails error={props.error} />
          {props.onDismiss ? (
            <Box>
              <Button appearance="subtle" spacing="compact" onClick={props.onDismiss}>
                Dismiss
              </Button>
            </Box>
          ) : null}
        </Stack>
      </SectionMessage>
    </Box>
  );
}
