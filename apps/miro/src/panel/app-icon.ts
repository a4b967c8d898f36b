// The headless entry Miro loads with the board (index.html): the app icon opens the panel.
import type { Miro } from '@mirohq/websdk-types';

export function openPanelOnIconClick(ui: Miro['board']['ui']): void {
  ui.on('icon:click', async () => {
    await ui.openPanel({ url: 'panel.html' });
  });
}

openPanelOnIconClick(miro.board.ui);
