import type { ReactNode } from 'react';
import { navigate } from '../lib/router';
import { focusNextHeading } from '../lib/view-focus';

/** A link to another view that moves within the page's history (no reload), its heading then focused, and still opens in a new tab on request. */
export function Link({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      onClick={(e) => {
        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        focusNextHeading();
        navigate(href);
      }}
    >
      {children}
    </a>
  );
}
