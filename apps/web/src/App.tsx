import { lazy, type ReactNode, Suspense, useEffect } from 'react';
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

// The managers' screens load on first use: their charts (ECharts) stay out of every other page's JavaScript.
const Dashboard = lazy(() => import('./dashboard/Dashboard'));
const Statements = lazy(() => import('./dashboard/Statements'));

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
      return <Lazy page={<Dashboard />} />;
    case 'statements':
      return <Lazy page={<Statements />} />;
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

function Lazy({ page }: { page: ReactNode }) {
  const { t } = useTranslation();
  return <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>{page}</Suspense>;
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
