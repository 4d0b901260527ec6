/**
 * Brings a checklist item's control into view and focus. The id may name a control or a group of them (the hero
 * photo, a body photo); then the first empty field in it, else its first control, gets the focus.
 */
export function focusField(id: string): boolean {
  const el = document.getElementById(id);
  if (!el) return false;
  const controls =
    "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [contenteditable=true]";
  // An empty field with no library default behind it (no placeholder) is the one missing.
  const shown = (e: HTMLElement) => e.getClientRects().length > 0; // skips a hidden file input
  const fields = [...el.querySelectorAll<HTMLInputElement>("input:not([type=hidden]), textarea")].filter(
    (i) => shown(i) && !i.disabled && !i.readOnly && !i.value,
  );
  const target = el.matches(controls)
    ? el
    : (fields.find((i) => !i.placeholder) ??
      fields[0] ??
      [...el.querySelectorAll<HTMLElement>(controls)].find(shown) ??
      el);
  target.scrollIntoView({ block: "center" });
  target.focus({ preventScroll: true });
  return true;
}
