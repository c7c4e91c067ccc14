import { type ReactNode, useEffect, useRef } from 'react';
import { AdminAttendancePage } from '../pages/admin/AdminAttendancePage';
import { AdminBadgesPage } from '../pages/admin/AdminBadgesPage';
import { AdminCataloguePage } from '../pages/admin/AdminCataloguePage';
import { AdminCohortsPage } from '../pages/admin/AdminCohortsPage';
import { AdminFaqPage } from '../pages/admin/AdminFaqPage';
import { AdminPeoplePage } from '../pages/admin/AdminPeoplePage';
import { AdminFunnelPage } from '../pages/admin/AdminFunnelPage';
import { AdminHomePage } from '../pages/admin/AdminHomePage';
import { AdminRegistryPage } from '../pages/admin/AdminRegistryPage';
import { AdminResourcesPage } from '../pages/admin/AdminResourcesPage';
import { AdminSessionsPage } from '../pages/admin/AdminSessionsPage';
import { AdminWebhooksPage } from '../pages/admin/AdminWebhooksPage';
import { ForgotPasswordPage, MyAccountPage, ResetPasswordPage, VerifyEmailPage } from '../pages/AccountPages';
import { RegisterPage, SignInPage } from '../pages/AuthPages';
import { BadgesPage } from '../pages/BadgesPage';
import { CataloguePage } from '../pages/CataloguePage';
import { CohortPage } from '../pages/CohortPage';
import { CompetenciesPage } from '../pages/CompetenciesPage';
import { PathwaysPage } from '../pages/PathwaysPage';
import { ProgressPage } from '../pages/ProgressPage';
import { RegistryPage } from '../pages/RegistryPage';
import { SessionPage } from '../pages/SessionPage';
import { SettingsPage } from '../pages/SettingsPage';
import { SingleSignOnPage } from '../pages/SingleSignOnPage';
import { TranscriptPage } from '../pages/TranscriptPage';
import { VerifyPage, VerifyUploadPage } from '../pages/VerifyPage';
import { Loading, PageHeading } from '../components/ui';
import { AuthProvider, useAuth } from './auth';
import { Link, matchPath, navigate, useLocation, usePageTitle } from './router';

type Access = 'public' | 'learner' | 'admin';
interface Route {
  path: string;
  access: Access;
  render(params: Record<string, string>): ReactNode;
}

const ROUTES: Route[] = [
  { path: '/', access: 'public', render: () => <CataloguePage /> },
  { path: '/sessions/:slug', access: 'public', render: ({ slug }) => <SessionPage key={slug} slug={slug} /> },
  { path: '/registry', access: 'public', render: () => <RegistryPage /> },
  { path: '/cohorts/:slug', access: 'public', render: ({ slug }) => <CohortPage key={slug} slug={slug} /> },
  { path: '/registry/mine', access: 'learner', render: () => <RegistryPage /> },
  { path: '/verify', access: 'public', render: () => <VerifyUploadPage /> },
  { path: '/verify/:credentialId', access: 'public', render: ({ credentialId }) => <VerifyPage key={credentialId} credentialId={credentialId} /> },
  { path: '/sign-in', access: 'public', render: () => <SignInPage /> },
  { path: '/sign-in/sso', access: 'public', render: () => <SingleSignOnPage /> },
  { path: '/register', access: 'public', render: () => <RegisterPage /> },
  { path: '/verify-email', access: 'public', render: () => <VerifyEmailPage /> },
  { path: '/forgot-password', access: 'public', render: () => <ForgotPasswordPage /> },
  { path: '/reset-password', access: 'public', render: () => <ResetPasswordPage /> },
  { path: '/me/progress', access: 'learner', render: () => <ProgressPage /> },
  { path: '/me/transcript', access: 'learner', render: () => <TranscriptPage /> },
  { path: '/me/badges', access: 'learner', render: () => <BadgesPage /> },
  { path: '/me/pathways', access: 'learner', render: () => <PathwaysPage /> },
  { path: '/me/competencies', access: 'learner', render: () => <CompetenciesPage /> },
  { path: '/me/settings', access: 'learner', render: () => <SettingsPage /> },
  { path: '/me/account', access: 'learner', render: () => <MyAccountPage /> },
  { path: '/admin', access: 'admin', render: () => <AdminHomePage /> },
  { path: '/admin/catalogue', access: 'admin', render: () => <AdminCataloguePage /> },
  { path: '/admin/sessions', access: 'admin', render: () => <AdminSessionsPage /> },
  { path: '/admin/attendance', access: 'admin', render: () => <AdminAttendancePage /> },
  { path: '/admin/badges', access: 'admin', render: () => <AdminBadgesPage /> },
  { path: '/admin/funnel', access: 'admin', render: () => <AdminFunnelPage /> },
  { path: '/admin/faq', access: 'admin', render: () => <AdminFaqPage /> },
  { path: '/admin/people', access: 'admin', render: () => <AdminPeoplePage /> },
  { path: '/admin/registry', access: 'admin', render: () => <AdminRegistryPage /> },
  { path: '/admin/resources', access: 'admin', render: () => <AdminResourcesPage /> },
  { path: '/admin/cohorts', access: 'admin', render: () => <AdminCohortsPage /> },
  { path: '/admin/webhooks', access: 'admin', render: () => <AdminWebhooksPage /> },
];

export function App() {
  return (
    <AuthProvider>
      <Shell />
    </AuthProvider>
  );
}

function Shell() {
  const { account, signOut } = useAuth();
  const { pathname, href } = useLocation();
  const firstRender = useRef(true);

  // After an in-app navigation, focus the new page's heading (the first load keeps the browser's focus).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const timer = window.setTimeout(() => document.querySelector<HTMLElement>('[data-page-heading]')?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [pathname]);

  const navLink = (to: string, label: string) => (
    <li>
      <Link to={to} aria-current={pathname === to ? 'page' : undefined}>
        {label}
      </Link>
    </li>
  );

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            Stacks<span className="visually-hidden"> — catalogue</span>
          </Link>
          <nav aria-label="Main">
            <ul>
              {navLink('/', 'Catalogue')}
              {navLink('/registry', 'Program registry')}
              {account && navLink('/me/progress', 'My progress')}
              {account && navLink('/me/badges', 'My badges')}
              {account && navLink('/me/pathways', 'Pathways')}
              {account && navLink('/me/competencies', 'Competencies')}
              {account && navLink('/me/transcript', 'Transcript')}
              {account && navLink('/me/settings', 'Reminders')}
              {account && navLink('/me/account', 'Account')}
              {account?.role === 'ADMIN' && navLink('/admin', 'Admin')}
            </ul>
          </nav>
          <div className="account">
            {account ? (
              <>
                <span className="muted">Signed in as {account.displayName}</span>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    void signOut().then(() => navigate('/'));
                  }}
                >
                  Sign out
                </button>
              </>
            ) : account === null ? (
              <>
                <Link to="/sign-in">Sign in</Link> <Link to="/register">Create an account</Link>
              </>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <RouteView pathname={pathname} href={href} />
      </main>
      <footer className="site-footer">
        <p>
          Stacks — professional learning for library workers. <a href="/docs">API documentation</a>
        </p>
      </footer>
    </>
  );
}

function RouteView({ pathname, href }: { pathname: string; href: string }) {
  const { account } = useAuth();
  for (const route of ROUTES) {
    const params = matchPath(route.path, pathname);
    if (!params) continue;
    if (route.access !== 'public') {
      if (account === undefined) return <Loading what="your account" />;
      if (account === null) return <SignInRequired next={href} />;
      if (route.access === 'admin' && account.role !== 'ADMIN') return <Forbidden />;
    }
    return route.render(params);
  }
  return <NotFound />;
}

function SignInRequired({ next }: { next: string }) {
  usePageTitle('Sign in required');
  return (
    <>
      <PageHeading>Sign in required</PageHeading>
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link> or <Link to={`/register?next=${encodeURIComponent(next)}`}>create an account</Link> to see this page.
      </p>
    </>
  );
}

function Forbidden() {
  usePageTitle('Administrators only');
  return (
    <>
      <PageHeading>Administrators only</PageHeading>
      <p>This page is for the association’s administrators. <Link to="/">Back to the catalogue</Link></p>
    </>
  );
}

function NotFound() {
  usePageTitle('Page not found');
  return (
    <>
      <PageHeading>Page not found</PageHeading>
      <p>
        There is no page at this address. <Link to="/">Go to the catalogue</Link>
      </p>
    </>
  );
}
