// Builds DOM elements. Text goes in through `textContent` only: board content is hostile, and
// nothing here can turn a string into markup.

/** What a view may put in an element: nodes, plain text, or nothing. */
export type Child = Node | string | null | undefined | false;

type Handlers = { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };

export interface ElementProps {
  className?: string;
  /** Attributes set with `setAttribute`: their values are never parsed as markup. */
  attrs?: Record<string, string | number | boolean | undefined>;
  text?: string;
  on?: Handlers;
}

/** Attributes that run code or load content; refused so that a caller's slip cannot open a hole. */
const REFUSED_ATTRIBUTE = /^(on|srcdoc$|src$|href$|formaction$|style$)/i;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElementProps = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    if (REFUSED_ATTRIBUTE.test(name)) throw new Error(`el: attribute "${name}" is not allowed`);
    element.setAttribute(name, value === true ? '' : String(value));
  }
  if (props.text !== undefined) element.textContent = props.text;
  for (const [type, handler] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, handler as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Replaces a container's children; the old nodes and their listeners go with them. */
export function replaceChildren(container: Element, children: readonly Child[]): void {
  // Appended to a fragment one by one: spread into replaceChildren, a long list (a card per
  // unplaced sticky) would exceed the engine's argument limit.
  const fragment = document.createDocumentFragment();
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    fragment.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  container.replaceChildren(fragment);
}

/**
 * Re-renders a container and gives focus back to the element that had it, found again by its
 * `data-focus-key`: views rebuild on every change, and a keyboard user must not lose their place.
 */
export function renderKeepingFocus(container: Element, children: readonly Child[]): void {
  const active = document.activeElement;
  const key =
    active instanceof HTMLElement && container.contains(active)
      ? active.dataset.focusKey
      : undefined;
  replaceChildren(container, children);
  if (key === undefined) return;
  // Compared as strings rather than through a selector: keys hold board ids, never CSS.
  for (const candidate of container.querySelectorAll<HTMLElement>('[data-focus-key]')) {
    if (candidate.dataset.focusKey === key) {
      candidate.focus();
      return;
    }
  }
}

/** A `<select>` whose options are value/label pairs, the current value selected. */
export function selectOf(
  options: readonly { value: string; label: string }[],
  value: string,
  props: ElementProps = {},
): HTMLSelectElement {
  const select = el('select', props);
  for (const option of options) {
    const entry = el('option', { attrs: { value: option.value }, text: option.label });
    if (option.value === value) entry.selected = true;
    select.append(entry);
  }
  return select;
}

/** A small Mirotone form group: the label, tied to the control by the control's `id`, above it. */
export function labelled(label: string, control: HTMLElement): HTMLDivElement {
  return el('div', { className: 'form-group-small' }, [
    el('label', { attrs: { for: control.id }, text: label }),
    control,
  ]);
}
