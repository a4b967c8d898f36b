// Command-line flags are user input: each command parses its flags with one of these schemas.
import { ExportFormat, IsoDate } from '@throughline/journey-core';
import { z } from 'zod';
import { CliError } from './cli-error';

export const ExportOptions = z.object({
  format: ExportFormat,
  out: z.string().min(1).optional(),
});

export const ConvertOptions = ExportOptions.extend({
  board: z.string().trim().min(1, 'must name a board id').optional(),
  title: z.string().trim().min(1).optional(),
  legend: z.string().min(1).optional(),
  previous: z.string().min(1).optional(),
});

export const ReportOptions = z.object({
  links: z.string().min(1).optional(),
  asOf: IsoDate.optional(),
  json: z.boolean().default(false),
});

export const PortfolioOptions = ReportOptions.extend({
  top: z.coerce.number().int().min(1).default(5),
});

export const ValidateOptions = z.object({
  json: z.boolean().default(false),
});

/** Flags to typed options, or a one-line error naming the flag. */
export function parseOptions<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const [issue] = parsed.error.issues;
  const flag = issue?.path[0] === undefined ? 'options' : `--${kebab(String(issue.path[0]))}`;
  throw new CliError(`${flag}: ${issue?.message ?? 'invalid'}`);
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
