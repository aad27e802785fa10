/*
 * Where the focus goes after a link opens another view. The History API moves no focus: left on
 * the menu's link, a keyboard or screen-reader user would not know the content changed. A link
 * asks for the next view's heading (components/view-heading.tsx) to take it; a filter changing the
 * address (typing a month) asks nothing, so the focus stays in the field being used.
 */

let wanted = false;

/** Asks the heading of the view about to be shown to take the focus, once. */
export function focusNextHeading(): void {
  wanted = true;
}

/** Whether a heading was asked for; the first heading to ask clears it, so the focus moves once. */
export function takeHeadingFocus(): boolean {
  const was = wanted;
  wanted = false;
  return was;
}
