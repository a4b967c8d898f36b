import { describe, expect, it } from 'vitest';
import { InMemoryBoard } from './in-memory-board';
import { installFakeMiro } from './install-fake-miro';

describe('installFakeMiro', () => {
  it('installs the fake as the global `miro` the app code reads, and uninstalls it', async () => {
    const board = new InMemoryBoard({ items: [{ id: 's1', type: 'sticky_note', content: 'hi' }] });
    const installed = installFakeMiro(globalThis, board);
    try {
      // App code reads the global through the SDK's types.
      const items = await miro.board.get({ type: 'sticky_note' });
      expect(items.map((item) => item.id)).toEqual(['s1']);
      expect(installed.calls.count('board.get')).toBe(1);
      expect(installed.miro).toBe(miro);
      expect(installed.fake).toBe(installed.miro);
    } finally {
      installed.uninstall();
    }
    expect('miro' in globalThis).toBe(false);
  });

  it('installs on any target (a page window) and restores what was there', () => {
    const previous = { board: 'the real one' };
    const page: { miro?: unknown } = { miro: previous };
    const installed = installFakeMiro(page);
    expect(page.miro).toBe(installed.miro);
    expect(installed.board.items.size).toBe(0);
    installed.uninstall();
    expect(page.miro).toBe(previous);
  });
});
