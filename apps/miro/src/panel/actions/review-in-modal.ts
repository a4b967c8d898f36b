// Review in a larger view: the grid in a Miro modal, for maps too wide for the panel. The panel
// waits for the modal to close and takes the map it closed with, or, closed by Miro's own button,
// the draft it kept, so that its edits are kept either way.
import { PanelError, toPanelError } from '../panel-error';
import type { PanelServices } from '../panel-services';
import type { PanelStore } from '../panel-store';
import { reviewedMap } from '../review-channel';
import { requireMap } from './convert-board';

export async function reviewInModal(store: PanelStore, services: PanelServices): Promise<void> {
  try {
    const opened = requireMap(store);
    if (!(await services.canOpenReview())) {
      store.set({
        status: {
          kind: 'error',
          error: new PanelError(
            'review-failed',
            'Another Miro modal is open: close it, then open the larger view again.',
          ),
        },
      });
      return;
    }
    store.set({
      selection: null,
      status: { kind: 'success', message: 'The larger view is open: close it to come back here.' },
    });
    const session = crypto.randomUUID();
    const result = await services.openReview({ map: opened, dirty: store.get().dirty, session });
    // The draft is taken (and removed) either way: board storage keeps nothing of a session.
    const draft = await services.takeReviewDraft(session).catch(() => undefined);
    const reviewed = reviewedMap(result ?? draft, opened);
    // The panel's map cannot change while the modal covers the board; if it did, it wins.
    if (reviewed === null || store.get().map !== opened) {
      store.set({ status: { kind: 'success', message: 'Back from the larger view: no changes.' } });
      return;
    }
    store.set({
      map: reviewed,
      dirty: true,
      status: { kind: 'success', message: 'Back from the larger view: your edits are kept.' },
    });
  } catch (cause) {
    store.set({
      status: {
        kind: 'error',
        error: toPanelError(cause, 'review-failed', 'Could not open the larger view'),
      },
    });
  }
}
