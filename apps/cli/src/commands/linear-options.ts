// The flags of the `linear` commands, each parsed with zod before anything is read or sent.
import { IsoDate } from '@throughline/journey-core';
import { z } from 'zod';
import { LiveReadOptions } from '../options';

/** Where the journey maps are published: each journey's link is this base plus the map's key. */
const MapLinkBase = z.url({
  protocol: /^https?$/,
  error: 'must be an http or https URL, e.g. https://maps.example.com/journeys',
});

/** `linear portfolio`: the map files, the day, the output, write-back, and the limits of the read. */
export const LinearPortfolioOptions = LiveReadOptions.extend({
  map: z.array(z.string().min(1, 'must name a map file')).default([]),
  asOf: IsoDate.optional(),
  format: z.enum(['table', 'json', 'html']).default('table'),
  out: z.string().min(1).optional(),
  linkMaps: MapLinkBase.optional(),
});
export type LinearPortfolioOptions = z.infer<typeof LinearPortfolioOptions>;

/** `linear labels`: the one map whose journey and stages become labels. */
export const LinearLabelsOptions = LiveReadOptions.pick({
  timeout: true,
  bodyTimeout: true,
  retries: true,
  maxWait: true,
}).extend({
  map: z.string().min(1, 'must name a map file'),
});

/** Commander's collector for a repeatable flag (`--map a.json --map b.json`). */
export const collect = (value: string, previous: readonly string[] = []): string[] => [
  ...previous,
  value,
];
