import { type ComponentType, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Collection } from './pages/Collection';
import { FeedDeliveries } from './pages/FeedDeliveries';
import { Grading } from './pages/Grading';
import { Home } from './pages/Home';
import { Packing } from './pages/Packing';
import { Passbook } from './pages/Passbook';
import { RejectProcessing } from './pages/RejectProcessing';
import { Shipments } from './pages/Shipments';
import { SignIn } from './pages/SignIn';
import { ProblemAlert } from './problems';
import { Link, navigate, PAGES, usePath } from './router';
import { mayUse, SCREENS } from './screens';
import { type Principal, SessionProvider, useSession } from './session';
import { Shell } from './Shell';

/** A page whose module loads on first use, once. */
interface LazyPage {
  /** The module's page, once loaded. */
  readonly loaded: () => ComponentType | undefined;
  readonly load: () => Promise<ComponentType>;
}

function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPage {
  let page: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  return {
    loaded: () => page,
    load: () =>
      (loading ??= load().then((m) => {
        page = m.default;
        return page;
      })),
  };
}

// The managers' screens load on first use: their charts (ECharts) stay out of every other page's JavaScript.
const Dashboard = lazyPage(() => import('./dashboard/Dashboard'));
const Statements = lazyPage(() => import('./dashboard/Statements'));
// A page load at one of them fetches its module at once, beside the session's check, rather than after it.
for (const [path, page] of [
  [PAGES.dashboard, Dashboard],
  [PAGES.statements, Statements],
] as const)
  if (window.location.pathname === path) void page.load();

export function App() {
  return (
    <SessionProvider>
      <Pages />
    </SessionProvider>
  );
}

/** The page for the path, once the session is known: the sign-in page until someone is signed in. */
function Pages() {
  const { t } = useTranslation();
  const { state } = useSession();
  const path = usePath();
  const signedOutElsewhere = state.status === 'signed-out' && path !== PAGES.signIn;
  const signedInOnSignIn = state.status === 'signed-in' && path === PAGES.signIn;

  useEffect(() => {
    if (signedOutElsewhere) {
      const next = path === PAGES.home ? '' : `?next=${encodeURIComponent(path + window.location.search)}`;
      navigate(`${PAGES.signIn}${next}`, { replace: true });
    } else if (signedInOnSignIn) {
      navigate(nextPage(), { replace: true });
    }
  }, [signedOutElsewhere, signedInOnSignIn, path]);

  switch (state.status) {
    case 'loading':
      return <p className="loading">{t('app.loading')}</p>;
    case 'failed':
      return (
        <main className="page">
          <ProblemAlert problem={state.problem} shownFields={[]} />
        </main>
      );
    case 'signed-out':
      return <SignIn />;
    case 'signed-in':
      return <Shell principal={state.principal}>{pageFor(path, state.principal)}</Shell>;
  }
}

/** Where to go after signing in: the page asked for first (same origin, a path only), else home. */
function nextPage(): string {
  const next = new URLSearchParams(window.location.search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') ? next : PAGES.home;
}

function pageFor(path: string, principal: Principal) {
  if (path === PAGES.home || path === PAGES.signIn) return <Home principal={principal} />;
  const screen = SCREENS.find((s) => s.path === path);
  if (screen === undefined) return <NotFound />;
  if (!mayUse(principal.role, screen)) return <NotFound />;
  switch (screen.key) {
    case 'dashboard':
      return <Lazy key="dashboard" page={Dashboard} />;
    case 'statements':
      return <Lazy key="statements" page={Statements} />;
    case 'collection':
      return <Collection />;
    case 'grading':
      return <Grading />;
    case 'packing':
      return <Packing />;
    case 'rejects':
      return <RejectProcessing />;
    case 'shipments':
      return <Shipments />;
    case 'feed':
      return <FeedDeliveries />;
    case 'passbook':
      return <Passbook principal={principal} />;
  }
}

/**
 * A lazily loaded page, "loading" until its module is in. Not React.lazy under Suspense: React shows suspended
 * content no sooner than 300 ms after its fallback (its throttle), which held the dashboard, and its questions to
 * the platform, back by about that much on every load even with its module in the browser's cache.
 */
function Lazy({ page }: { page: LazyPage }) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ Page: ComponentType | undefined; failed?: Error }>(() => ({
    Page: page.loaded(),
  }));
  useEffect(() => {
    if (loaded.Page !== undefined) return;
    let current = true;
    page.load().then(
      (Page) => current && setLoaded({ Page }),
      (failed: unknown) =>
        current && setLoaded({ Page: undefined, failed: failed instanceof Error ? failed : new Error(String(failed)) }),
    );
    return () => {
      current = false;
    };
  }, [page, loaded.Page]);
  // A module that would not load fails the render, as React.lazy's would.
  if (loaded.failed !== undefined) throw loaded.failed;
  const { Page } = loaded;
  return Page === undefined ? <p className="loading">{t('app.loading')}</p> : <Page />;
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to={PAGES.home}>{t('notFound.back')}</Link>
      </p>
    </section>
  );
}
