import { describe, expect, it } from 'vitest';
import type { KpiDirection } from '../model/journey-map';
import { kpi } from './journey-fixtures.test-support';
import { attainmentOf, kpiAttainment, kpiValue, meanAttainment } from './kpi-attainment';

describe('attainmentOf', () => {
  const cases: [string, KpiDirection, number, number, number | undefined, number][] = [
    // without a baseline: a ratio to the target
    ['increase, part way', 'increase', 40, 100, undefined, 0.4],
    ['increase, at target', 'increase', 100, 100, undefined, 1],
    ['increase, past target, clamped', 'increase', 130, 100, undefined, 1],
    ['increase, below zero, clamped', 'increase', -10, 100, undefined, 0],
    ['increase, target not positive and not met', 'increase', -5, -2, undefined, 0],
    ['decrease, part way', 'decrease', 4, 2, undefined, 0.5],
    ['decrease, better than target', 'decrease', 1, 2, undefined, 1],
    ['decrease, value not positive and not met', 'decrease', -1, -5, undefined, 0],
    ['decrease, target below zero', 'decrease', 5, -1, undefined, 0],
    // with a baseline: the share of the way from baseline to target
    ['increase from a baseline, half way', 'increase', 40, 60, 20, 0.5],
    ['increase, fell below the baseline, clamped', 'increase', 10, 60, 20, 0],
    ['increase, beyond target', 'increase', 70, 60, 20, 1],
    ['increase, baseline already past the target', 'increase', 50, 60, 80, 0],
    ['increase, baseline equals an unmet target', 'increase', 50, 60, 60, 0],
    ['decrease from a baseline, half way', 'decrease', 6, 2, 10, 0.5],
    ['decrease, worse than the baseline, clamped', 'decrease', 12, 2, 10, 0],
    ['decrease, beyond target', 'decrease', 1, 2, 10, 1],
    ['decrease, baseline already below the target', 'decrease', 5, 2, 1, 0],
    // Figures so large that their differences overflow: still a share, never NaN.
    ['increase across the whole range, half way', 'increase', 0, 1e308, -1e308, 0.5],
    ['increase, huge, below the baseline', 'increase', -1.7e308, 1e308, -1e308, 0],
    ['decrease across the whole range, a quarter', 'decrease', 5e307, 1e308 * -1, 1e308, 0.25],
    ['increase to the largest target, from zero', 'increase', 1, Number.MAX_VALUE, 0, 0],
    ['increase to a tiny target, by ratio', 'increase', Number.MIN_VALUE, 1e-300, undefined, 0],
    ['decrease, a huge value, by ratio', 'decrease', Number.MAX_VALUE, 1e-300, undefined, 0],
    [
      'increase, huge negative value, by ratio',
      'increase',
      -Number.MAX_VALUE,
      1e-300,
      undefined,
      0,
    ],
  ];
  it.each(cases)('%s', (_, direction, value, target, baseline, expected) => {
    expect(attainmentOf(direction, value, target, baseline)).toBeCloseTo(expected, 10);
  });
});

describe('kpiValue', () => {
  it.each([
    ['current wins over history', { current: 7, history: [{ at: '2025-01-01', value: 3 }] }, 7],
    [
      'else the most recent reading, whatever the order',
      {
        history: [
          { at: '2025-03-01', value: 30 },
          { at: '2025-01-01', value: 10 },
        ],
      },
      30,
    ],
    [
      'a later entry wins a tie on date',
      {
        history: [
          { at: '2025-03-01', value: 30 },
          { at: '2025-03-01', value: 31 },
        ],
      },
      31,
    ],
    ['nothing measured', {}, undefined],
  ])('%s', (_, fields, expected) => {
    expect(kpiValue(kpi(fields))).toBe(expected);
  });
});

describe('kpiAttainment', () => {
  const stages = new Set(['s-1']);

  it('reads the value, attains and keeps the stage it measures', () => {
    const result = kpiAttainment(
      kpi({ current: 25, baseline: 0, stageId: 's-1', unit: '%' }),
      stages,
    );
    expect(result).toEqual({
      kpiId: 'k-1',
      key: 'kpi',
      name: 'A KPI',
      unit: '%',
      direction: 'increase',
      stageId: 's-1',
      value: 25,
      target: 100,
      baseline: 0,
      attainment: 0.25,
    });
  });

  it('is null when never measured, and journey-level when its stage is not in the map', () => {
    const result = kpiAttainment(kpi({ stageId: 's-gone' }), stages);
    expect(result).toMatchObject({ value: null, attainment: null, baseline: null, stageId: null });
  });
});

describe('meanAttainment', () => {
  const attained = (attainment: number | null) => ({
    ...kpiAttainment(kpi(), new Set()),
    attainment,
  });
  it.each([
    ['no KPIs', [], null],
    ['none measured', [null, null], null],
    ['the mean of the measured ones', [0.2, null, 0.6], 0.4],
  ])('%s', (_, values: (number | null)[], expected) => {
    const mean = meanAttainment(values.map(attained));
    if (expected === null) expect(mean).toBeNull();
    else expect(mean).toBeCloseTo(expected, 10);
  });
});
