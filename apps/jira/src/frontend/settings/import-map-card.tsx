// Import a map file: the file's text goes to `importMap`; diagnostics, or what the import stored and merged.
import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form/label/default';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type ChangeEvent, useId, useState } from 'react';
import {
  type ImportResult,
  MAX_MAP_TEXT_LENGTH,
  type ResolverError,
} from '../../contract/resolver-contract';
import { InlineError } from '../common/load-states';
import { callResolver } from '../common/resolver-client';
import { SectionCard } from '../common/section-card';
import { DiagnosticsList } from './diagnostics-list';

const fileInput = xcss({
  padding: 'space.100',
  borderRadius: 'radius.small',
  borderWidth: 'border.width',
  borderStyle: 'dashed',
  borderColor: 'color.border.input',
  backgroundColor: 'color.background.input',
});

interface ChosenFile {
  name: string;
  text: string;
}

export function ImportMapCard({ onImported }: { onImported: () => void }) {
  const inputId = useId();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [reading, setReading] = useState(false);
  const [importing, setImporting] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    setResult(null);
    setError(null);
    if (!chosen) return;
    if (chosen.size > MAX_MAP_TEXT_LENGTH) {
      setFile(null);
      setError({
        code: 'invalid-request',
        message: `${chosen.name} is larger than 4 MiB; choose a map file.`,
      });
      return;
    }
    setReading(true);
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch {
      setError({ code: 'internal', message: `${chosen.name} could not be read` });
    } finally {
      setReading(false);
    }
  };

  const submit = async () => {
    if (!file) return;
    setImporting(true);
    setError(null);
    setResult(null);
    const answer = await callResolver('importMap', { text: file.text });
    setImporting(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setResult(answer.data);
    if (answer.data.outcome === 'stored') onImported();
  };

  return (
    <SectionCard title="Import a journey map" testId="import-card">
      <Text color="color.text.subtle">
        A map file is the JSON the Miro app or `throughline miro convert` exports. Importing a map
        again merges it into the stored one, so links and edits made here survive.
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack space="space.100">
          <Label htmlFor={inputId}>Map file (.json)</Label>
          <Box xcss={fileInput}>
            <input
              id={inputId}
              type="file"
              accept=".json,application/json"
              onChange={(event) => void choose(event)}
              data-testid="map-file"
            />
          </Box>
          {file ? (
            <Text size="small" color="color.text.subtle" testId="chosen-file">
              {`Chosen: ${file.name} (${Math.max(1, Math.round(file.text.length / 1024))} KiB)`}
            </Text>
          ) : null}
          <Inline space="space.100">
            <Button
              type="submit"
              appearance="primary"
              isDisabled={!file || reading}
              isLoading={importing}
              testId="import-button"
            >
              Import map
            </Button>
          </Inline>
        </Stack>
      </form>
      {error ? (
        <InlineError
          title="The map was not imported"
          error={error}
          onDismiss={() => setError(null)}
        />
      ) : null}
      {result ? <ImportOutcome result={result} /> : null}
    </SectionCard>
  );
}

function ImportOutcome({ result }: { result: ImportResult }) {
  if (result.outcome === 'invalid') {
    const errors = result.diagnostics.filter((entry) => entry.severity === 'error').length;
    return (
      <Box testId="import-invalid">
        <SectionMessage
          appearance="error"
          title={`The map has ${errors} error${errors === 1 ? '' : 's'}; nothing was stored`}
        >
          <Stack space="space.100">
            <Text>Fix the file and choose it again, or import it again once fixed.</Text>
            <DiagnosticsList diagnostics={result.diagnostics} />
          </Stack>
        </SectionMessage>
      </Box>
    );
  }
  const { changes } = result;
  return (
    <Box testId="import-stored">
      <SectionMessage
        appearance={result.diagnostics.length > 0 ? 'warning' : 'success'}
        title={
          result.merged
            ? `${result.title} was merged into the stored map`
            : `${result.title} was imported`
        }
      >
        <Stack space="space.100">
          {result.merged ? (
            <Text testId="merge-report">
              {`Stages: ${changes.stagesAdded} added, ${changes.stagesRemoved} removed · items: ${changes.itemsAdded} added, ${changes.itemsRemoved} removed · ${changes.conflicts} conflict${changes.conflicts === 1 ? '' : 's'} kept for review`}
            </Text>
          ) : (
            <Text>It is now one of this project's journeys.</Text>
          )}
          {result.diagnostics.length > 0 ? (
            <DiagnosticsList diagnostics={result.diagnostics} />
          ) : null}
        </Stack>
      </SectionMessage>
    </Box>
  );
}
