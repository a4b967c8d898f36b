// Save: check the map, then store it on the board; the panel opens it again next time.
import type { Diagnostic, JourneyMap } from '@throughline/journey-core';
import { formatDiagnostic, parseMap, validateMap } from '@throughline/journey-core';
import { PanelError, toPanelError } from '../panel-error';
import type { PanelServices } from '../panel-services';
import type { PanelStore } from '../panel-store';
import { requireMap } from './convert-board';

function invalid(first: Diagnostic | undefined): PanelError {
  const detail = first ? `: ${formatDiagnostic(first)}` : '';
  return new PanelError('invalid-map', `The map is not valid${detail}`);
}

/** The map as it will be stored, or a typed error naming the first thing wrong with it. */
export function checkedMap(map: JourneyMap): JourneyMap {
  const parsed = parseMap(map);
  if (!parsed.ok) throw invalid(parsed.diagnostics[0]);
  const errors = validateMap(parsed.value).filter((finding) => finding.severity === 'error');
  if (errors.length > 0) throw invalid(errors[0]);
  return parsed.value;
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
