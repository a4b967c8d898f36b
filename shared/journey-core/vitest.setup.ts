// CI runs property tests from one fixed seed so that a submission's result is repeatable;
// local runs draw a new seed each time to keep exploring. FC_SEED replays a reported failure.
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI ? '20261123' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
