// Save: check the map, then store it on the board; the panel opens it again next time.
import { formatDiagnostic, JourneyMap, validateMap } from '@throughline/journey-core';
import { PanelError, toPanelError } from '../panel-error';
import type { PanelServices } from '../panel-services';
import type { PanelStore } from '../panel-store';
import { requireMap } from './convert-board';

/** The map as it will be stored, or a typed error naming the first thing wrong with it. */
export function checkedMap(map: JourneyMap): JourneyMap {
  const parsed = JourneyMap.safeParse(map);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    throw new PanelError(
      'invalid-map',
      `The map is not valid: ${where} ${issue?.message ?? ''}`.trim(),
    );
  }
  const errors = validateMap(parsed.data).filter((finding) => finding.severity === 'error');
  const first = errors[0];
  if (first)
    throw new PanelError('invalid-map', `The map is not valid: ${formatDiagnostic(first)}`);
  return parsed.data;
}

export async function saveMap(store: PanelStore, services: PanelServices): Promise<void> {
  try {
    const map = checkedMap(requireMap(store));
    store.set({ status: { kind: 'loading', message: 'Saving the map to the board…' } });
    await services.saveMap(map);
    store.set({
      dirty: false,
      status: { kind: 'success', message: `Saved "${map.title}" to this board.` },
    });
  } catch (cause) {
    store.set({
      status: {
        kind: 'error',
        error: toPanelError(cause, 'save-failed', 'Could not save the map'),
      },
    });
  }
}
