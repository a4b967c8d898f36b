// The scores a person types for pain points and opportunities, in any app: how each is read,
// shown and checked. Shares (reach, confidence) are fractions in the map and percentages on screen.

export type PainField = 'severity' | 'reach';
export type OpportunityField = 'reach' | 'impact' | 'confidence' | 'effort';
export type ScoreField = PainField | OpportunityField;

export interface ScoreFieldSpec {
  label: string;
  /** Shown after the input: the unit, so that "40" is read as 40 %. */
  unit: string;
  /** What a valid value is, for the inline message and the input's description. */
  range: string;
}

export const SCORE_FIELDS: Readonly<Record<ScoreField, ScoreFieldSpec>> = {
  severity: { label: 'Severity', unit: '/5', range: 'a whole number from 1 to 5' },
  reach: { label: 'Reach', unit: '%', range: 'a percentage from 0 to 100' },
  impact: { label: 'Impact', unit: '/5', range: 'a number from 1 to 5' },
  confidence: { label: 'Confidence', unit: '%', range: 'a percentage from 0 to 100' },
  effort: { label: 'Effort', unit: 'wk', range: 'person-weeks, more than 0' },
};

export const PAIN_FIELDS: readonly PainField[] = ['severity', 'reach'];
export const OPPORTUNITY_FIELDS: readonly OpportunityField[] = [
  'reach',
  'impact',
  'confidence',
  'effort',
];

const PERCENT_FIELDS = new Set<ScoreField>(['reach', 'confidence']);

/** What a person typed, read as a score: `empty` leaves the score as it is. */
export type ParsedScore =
  | { kind: 'value'; value: number }
  | { kind: 'empty' }
  | { kind: 'invalid'; message: string };

/** A plain decimal number ("40", "2.5", "40 %"); no exponents, hex or `Infinity`. */
const NUMBER = /^[+]?(\d+(\.\d*)?|\.\d+)$/;

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

export function parseScore(field: ScoreField, text: string): ParsedScore {
  const spec = SCORE_FIELDS[field];
  const trimmed = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (trimmed === '') return { kind: 'empty' };
  const refuse = (): ParsedScore => ({
    kind: 'invalid',
    message: `${spec.label} must be ${spec.range}; "${text.trim()}" is not.`,
  });
  if (!NUMBER.test(trimmed)) return refuse();
  const number = Number(trimmed);
  switch (field) {
    case 'severity':
      return Number.isInteger(number) && number >= 1 && number <= 5
        ? { kind: 'value', value: number }
        : refuse();
    case 'impact':
      return number >= 1 && number <= 5 ? { kind: 'value', value: number } : refuse();
    case 'effort':
      return number > 0 ? { kind: 'value', value: number } : refuse();
    case 'reach':
    case 'confidence':
      return number <= 100 ? { kind: 'value', value: round(number / 100) } : refuse();
  }
}

/** A stored score as the input shows it; an empty string while it is unscored. */
export function formatScore(field: ScoreField, value: number | undefined): string {
  if (value === undefined) return '';
  return String(PERCENT_FIELDS.has(field) ? round(value * 100) : value);
}
