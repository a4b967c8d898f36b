// `pnpm bench` is not part of the test run: this keeps the data it measures valid as the schema moves.
import { JourneyMap, validateMap, WorkLink } from '@throughline/journey-core';
import { describe, expect, it } from 'vitest';
import { generatePortfolio } from '../bench/journey-generator';

describe('the benchmark portfolio', () => {
  it('is made of maps and links that parse and validate', () => {
    const { maps, links } = generatePortfolio(20250601, 3, 50);
    expect(maps).toHaveLength(3);
    for (const map of maps) {
      expect(JourneyMap.parse(map)).toEqual(map);
      expect(validateMap(map).filter((d) => d.severity === 'error')).toEqual([]);
    }
    expect(links.map((link) => WorkLink.parse(link))).toEqual(links);
  });
});
