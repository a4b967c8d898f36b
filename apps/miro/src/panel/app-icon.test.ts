import { InMemoryBoard, installFakeMiro } from '@throughline/platform-fakes';
import { afterEach, expect, it, vi } from 'vitest';

let uninstall = () => {};
afterEach(() => uninstall());

it('opens the panel when the app icon is clicked, and not before', async () => {
  const board = new InMemoryBoard();
  const installed = installFakeMiro(globalThis, board);
  uninstall = installed.uninstall;
  await import('./app-icon');
  await vi.waitFor(() => expect(board.listens('icon:click')).toBe(true));
  expect(board.panels).toEqual([]);

  board.emit('icon:click');
  await vi.waitFor(() => expect(board.panels).toHaveLength(1));
  expect(board.panels).toEqual([{ url: 'panel.html' }]);
});
