// Puts the fake `miro` global where the app looks for it (the page's `window`, or Node's globalThis).
import type { Miro } from '@mirohq/websdk-types';
import type { CallLog } from './call-log';
import { createFakeMiro, type FakeMiro } from './fake-miro';
import { InMemoryBoard } from './in-memory-board';

export interface InstalledFakeMiro {
  /** The fake, typed as the SDK for the app code under test. */
  miro: Miro;
  /** The same object with the fake's own (honest) types. */
  fake: FakeMiro;
  /** The board behind it: seed it, select items, fire UI events, inspect what the app wrote. */
  board: InMemoryBoard;
  /** Every SDK call the app made. */
  calls: CallLog;
  /** Put back whatever `miro` the target had before. */
  uninstall(): void;
}

export function installFakeMiro(
  target: object = globalThis,
  board: InMemoryBoard = new InMemoryBoard(),
): InstalledFakeMiro {
  const fake = createFakeMiro(board);
  // The one cast: SDK item classes carry a protected context field, so no plain object can have
  // their type. The fake matches their public fields and methods (checked in its tests); the app
  // sees it through the SDK's own types, as it sees the real `miro`.
  const miro = fake as Miro;
  const had = Object.hasOwn(target, 'miro');
  const before: unknown = Reflect.get(target, 'miro');
  Object.defineProperty(target, 'miro', {
    value: miro,
    configurable: true,
    writable: true,
    enumerable: true,
  });
  return {
    miro,
    fake,
    board,
    calls: board.log,
    uninstall() {
      if (had) Reflect.set(target, 'miro', before);
      else Reflect.deleteProperty(target, 'miro');
    },
  };
}
