// The issue's links, each with the names it points at and an unlink button.
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { IssueLinkView, LinkTarget } from '../../contract/resolver-contract';

const row = xcss({
  paddingBlock: 'space.075',
  paddingInline: 'space.100',
  borderRadius: 'radius.small',
  backgroundColor: 'color.background.neutral.subtle',
  borderWidth: 'border.width',
  borderStyle: 'solid',
  borderColor: 'color.border',
});

const grow = xcss({ flexGrow: 1, minWidth: '0' });

export function linkKey(link: LinkTarget): string {
  return `${link.mapId}/${link.stageId}/${link.painPointId ?? ''}`;
}

export function targetOf(link: IssueLinkView): LinkTarget {
  return link.painPointId === undefined
    ? { mapId: link.mapId, stageId: link.stageId }
    : { mapId: link.mapId, stageId: link.stageId, painPointId: link.painPointId };
}

export function CurrentLinks(props: {
  links: readonly IssueLinkView[];
  /** The link being removed, by `linkKey`. */
  unlinking: string | null;
  onUnlink: (link: IssueLinkView) => void;
  onShow: (link: IssueLinkView) => void;
}) {
  if (props.links.length === 0) {
    return (
      <Text color="color.text.subtle" testId="no-links">
        Not linked to a journey yet. Pick a journey and a stage below.
      </Text>
    );
  }
  return (
    <Stack space="space.075" testId="current-links">
      {props.links.map((link) => {
        const key = linkKey(link);
        const stage = link.stageName ?? link.stageId;
        const journey = link.mapTitle ?? link.mapId;
        return (
          <Box key={key} xcss={row} testId="current-link">
            <Inline space="space.100" alignBlock="center">
              <Box xcss={grow}>
                <Stack space="space.025">
                  <Text weight="medium">
                    {journey} › {stage}
                  </Text>
                  {link.painPointId ? (
                    <Text size="small" color="color.text.subtle">
                      Pain point: {link.painPointTitle ?? link.painPointId}
                    </Text>
                  ) : null}
                </Stack>
              </Box>
              {link.missing ? <Lozenge appearance="moved">Not in the map</Lozenge> : null}
              {link.missing ? null : (
                <Button appearance="subtle" spacing="compact" onClick={() => props.onShow(link)}>
                  Show
                </Button>
              )}
              <Button
                appearance="subtle"
                spacing="compact"
                onClick={() => props.onUnlink(link)}
                isLoading={props.unlinking === key}
                isDisabled={props.unlinking !== null && props.unlinking !== key}
                aria-label={`Unlink from ${journey}, ${stage}`}
                testId="unlink-button"
              >
                Unlink
              </Button>
            </Inline>
          </Box>
        );
      })}
    </Stack>
  );
}
