// Where the converter found the stages, lanes (and phases): one short line each, for the summary.
import type { InferenceSummary } from '@throughline/journey-core';

type HeaderChoice = NonNullable<InferenceSummary['headers']['stages']>;
type HeaderPart = 'phases' | 'stages' | 'lanes';

const PARTS: readonly { part: HeaderPart; label: string }[] = [
  { part: 'phases', label: 'Phases' },
  { part: 'stages', label: 'Stages' },
  { part: 'lanes', label: 'Lanes' },
];

/** Lines such as "Stages from a row of 3 stickies above the other stickies: …", in map order. */
export function headerLines(summary: InferenceSummary): { part: HeaderPart; text: string }[] {
  // Read as a record of every part: the core adds `phases` to the summary's headers.
  const headers: Partial<Record<HeaderPart, HeaderChoice | undefined>> = summary.headers;
  return PARTS.flatMap(({ part, label }) => {
    const choice = headers[part];
    if (!choice || choice.why.trim() === '') return [];
    // The legend's reason is a sentence of its own ("no lane labels on the board: …").
    const text =
      choice.from === 'legend' ? `${label}: ${choice.why}` : `${label} from ${choice.why}`;
    return [{ part, text }];
  });
}
