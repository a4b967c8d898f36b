// How long handing out unique keys takes when every name is the same: once quadratic, now linear.
import { keyAllocator } from '@throughline/journey-core';
import { bench, describe } from 'vitest';

const NAMES = 100_000;

/** The last result, kept where the engine can see it is used, so that it cannot skip the work. */
export let lastResult: unknown;

describe(`unique keys for ${NAMES.toLocaleString('en')} names`, () => {
  bench(
    'keyAllocator, every name "Stage"',
    () => {
      const keyOf = keyAllocator();
      const keys: string[] = [];
      for (let index = 0; index < NAMES; index++) keys.push(keyOf('Stage'));
      lastResult = keys;
    },
    { time: 2000, warmupTime: 200 },
  );
  bench(
    'keyAllocator, every name distinct',
    () => {
      const keyOf = keyAllocator();
      const keys: string[] = [];
      for (let index = 0; index < NAMES; index++) keys.push(keyOf(`Stage ${index}`));
      lastResult = keys;
    },
    { time: 2000, warmupTime: 200 },
  );
});
