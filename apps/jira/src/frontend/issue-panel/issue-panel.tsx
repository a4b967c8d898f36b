// The issue panel: the issue's journey links (with unlink), a picker to link it, and the chosen stage's context.
import { Box, Stack, xcss } from '@atlaskit/primitives';
import { useState } from 'react';
import type { IssueLinkView, ResolverError } from '../../contract/resolver-contract';
import { EmptyView, ErrorState, InlineError, LoadingState } from '../common/load-states';
import { callResolver } from '../common/resolver-client';
import { SectionCard } from '../common/section-card';
import { useResolverQuery } from '../common/use-resolver-query';
import { CurrentLinks, linkKey, targetOf } from './current-links';
import { LinkForm, type LinkSelection } from './link-form';
import { StageContextView } from './stage-context-view';

const page = xcss({ padding: 'space.100', backgroundColor: 'elevation.surface' });

export function IssuePanel() {
  const journeys = useResolverQuery('listJourneys', { scope: 'project' });
  const links = useResolverQuery('getIssueLinks', {});
  const [selection, setSelection] = useState<LinkSelection>({});
  const [shown, setShown] = useState<{ mapId: string; stageId: string } | null>(null);
  const [linking, setLinking] = useState(false);
  const [linkError, setLinkError] = useState<ResolverError | null>(null);
  const [unlinking, setUnlinking] = useState<string | null>(null);
  const [unlinkError, setUnlinkError] = useState<ResolverError | null>(null);

  if (journeys.state.status === 'loading' || links.state.status === 'loading') {
    return <LoadingState label="Loading the journeys" />;
  }
  if (journeys.state.status === 'error') {
    return (
      <ErrorState
        title="The journeys could not be loaded"
        error={journeys.state.error}
        onRetry={journeys.reload}
      />
    );
  }
  if (links.state.status === 'error') {
    return (
      <ErrorState
        title="This issue's links could not be loaded"
        error={links.state.error}
        onRetry={links.reload}
      />
    );
  }
  const journeyList = journeys.state.data.journeys;
  const issueLinks = links.state.data.links;

  if (journeyList.length === 0 && issueLinks.length === 0) {
    return (
      <EmptyView
        header="No journeys in this project yet"
        description="A project administrator can import a journey map under Project settings › Throughline journeys; its stages then show up here to link this issue to."
      />
    );
  }

  const link = async () => {
    if (!selection.mapId || !selection.stageId) return;
    setLinking(true);
    setLinkError(null);
    const target = {
      mapId: selection.mapId,
      stageId: selection.stageId,
      ...(selection.painPointId ? { painPointId: selection.painPointId } : {}),
    };
    const result = await callResolver('linkIssue', target);
    setLinking(false);
    if (result.ok) {
      links.setData(result.data);
      setSelection({});
      setShown({ mapId: target.mapId, stageId: target.stageId });
    } else {
      setLinkError(result.error);
    }
  };

  const unlink = async (view: IssueLinkView) => {
    setUnlinking(linkKey(view));
    setUnlinkError(null);
    const result = await callResolver('unlinkIssue', targetOf(view));
    setUnlinking(null);
    if (result.ok) links.setData(result.data);
    else setUnlinkError(result.error);
  };

  const alreadyLinked = issueLinks.some(
    (entry) =>
      entry.mapId === selection.mapId &&
      entry.stageId === selection.stageId &&
      entry.painPointId === selection.painPointId,
  );
  const firstLink = issueLinks.find((entry) => !entry.missing);
  const context =
    selection.mapId && selection.stageId
      ? { mapId: selection.mapId, stageId: selection.stageId }
      : (shown ?? (firstLink ? { mapId: firstLink.mapId, stageId: firstLink.stageId } : null));

  return (
    <Box xcss={page} testId="issue-panel">
      <Stack space="space.200">
        <SectionCard title="Journey links" testId="links-card">
          <CurrentLinks
            links={issueLinks}
            unlinking={unlinking}
            onUnlink={(view) => void unlink(view)}
            onShow={(view) => {
              setSelection({});
              setShown({ mapId: view.mapId, stageId: view.stageId });
            }}
          />
          {unlinkError ? (
            <InlineError
              title="The link was not removed"
              error={unlinkError}
              onDismiss={() => setUnlinkError(null)}
            />
          ) : null}
        </SectionCard>
        {journeyList.length > 0 ? (
          <SectionCard title="Link to a journey stage" testId="link-card">
            <LinkForm
              journeys={journeyList}
              selection={selection}
              onSelect={(next) => {
                setSelection(next);
                setLinkError(null);
              }}
              onLink={() => void link()}
              linking={linking}
              error={linkError}
              onDismissError={() => setLinkError(null)}
              alreadyLinked={alreadyLinked}
            />
          </SectionCard>
        ) : null}
        {context ? (
          <StageContextView key={`${context.mapId}/${context.stageId}`} {...context} />
        ) : null}
      </Stack>
    </Box>
  );
}
