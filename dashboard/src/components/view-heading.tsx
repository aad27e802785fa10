import { type ReactNode, useEffect, useRef } from 'react';
import { useLocation } from '../lib/router';
import { takeHeadingFocus } from '../lib/view-focus';

/**
 * A view's main heading. It takes the focus when the reader came by a link to this view (the
 * menu, a matrix header): a screen reader then reads where they are, and the next Tab goes on
 * into the view's content instead of along the menu. `tabIndex={-1}`: focusable from script,
 * never a stop of its own in the Tab order.
 */
export function ViewHeading({ children, id }: { children: ReactNode; id?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname } = useLocation();
  // A lazy view mounts after the navigation; a view that stays (one country to another) runs this again at its new path.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the path is when to look, not a value read
  useEffect(() => {
    if (heading.current && takeHeadingFocus()) heading.current.focus();
  }, [pathname]);
  return (
    <h1 ref={heading} id={id} tabIndex={-1}>
      {children}
    </h1>
  );
}
