// A map's validation diagnostics: errors first, each with where in the file (path) and what to do (message).
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { DiagnosticView } from '../../contract/resolver-contract';
import { pathText } from './diagnostic-path';

const row = xcss({
  paddingBlock: 'space.075',
  paddingInline: 'space.100',
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
});

const code = xcss({ font: 'font.code', color: 'color.text.subtle' });

export function DiagnosticsList({ diagnostics }: { diagnostics: readonly DiagnosticView[] }) {
  const sorted = [...diagnostics].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'),
  );
  return (
    <Stack space="space.0" testId="diagnostics">
      {sorted.map((diagnostic, index) => (
        <Box
          key={`${diagnostic.code}:${pathText(diagnostic.path)}:${index}`}
          xcss={row}
          testId={`diagnostic-${diagnostic.severity}`}
        >
          <Inline space="space.100" alignBlock="start">
            <Lozenge appearance={diagnostic.severity === 'error' ? 'removed' : 'moved'}>
              {diagnostic.severity}
            </Lozenge>
            <Stack space="space.025">
              <Box as="span" xcss={code}>
                {pathText(diagnostic.path)}
              </Box>
              <Text>{diagnostic.message}</Text>
            </Stack>
          </Inline>
        </Box>
      ))}
    </Stack>
  );
}
