// Runs in the modal's page before the review page: Miro gives every iframe of an app the same
// board, so the modal shares the panel page's fake `miro` global (the harness shows it in a frame).
const panelMiro = window.parent === window ? undefined : Reflect.get(window.parent, 'miro');
if (panelMiro === undefined) throw new Error('harness: the review page opens as the panel’s modal');
Object.defineProperty(window, 'miro', {
  value: panelMiro,
  configurable: true,
  writable: true,
  enumerable: true,
});

export {};
