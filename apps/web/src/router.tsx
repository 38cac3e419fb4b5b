import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';

/** The app's pages: paths no API route has (the platform answers them with the app, apps/platform/src/web-app.ts). */
export const PAGES = {
  home: '/',
  signIn: '/sign-in',
  dashboard: '/dashboard',
  statements: '/statements',
  collection: '/collection',
  grading: '/grading',
  packing: '/packing',
  rejects: '/reject-processing',
  shipments: '/shipping',
  feed: '/feed-deliveries',
  passbook: '/passbook',
} as const;

const CHANGED = 'khai:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The path of the page shown (history API: a page can be bookmarked and reloaded). */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** The query of the page shown (`?member=M001`): a page whose content follows it re-renders when it changes. */
export function useSearch(): string {
  return useSyncExternalStore(subscribe, () => window.location.search);
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(CHANGED));
}

/** A link that changes the page without reloading the app; a modified click (new tab) stays the browser's. */
export function Link({ to, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={onClick} aria-current={usePath() === to ? 'page' : undefined} {...rest} />;
}
