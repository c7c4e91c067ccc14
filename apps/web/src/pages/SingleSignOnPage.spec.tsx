import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { api } from '../api/client';
import { AuthProvider } from '../app/auth';
import { type RecordedCall, scriptFetch } from '../testing/scripted-fetch';
import { SignInPage } from './AuthPages';
import { SingleSignOnPage } from './SingleSignOnPage';

const calls: RecordedCall[] = [];
const ON = { enabled: true, providerName: 'Test Association', startUrl: '/api/v1/auth/oidc/start' };
const OFF = { enabled: false, providerName: null, startUrl: null };
const TOKENS = { accessToken: 'access', tokenType: 'Bearer', expiresIn: 900, refreshToken: 'refresh' };
const ACCOUNT = { id: 'u1', email: 'ada@library.example', displayName: 'Ada', role: 'LEARNER', emailVerifiedAt: '2026-12-01T00:00:00.000Z' };

afterEach(() => {
  cleanup();
  calls.length = 0;
  api.clearTokens();
});

const signInPage = () =>
  render(
    <AuthProvider>
      <SignInPage />
    </AuthProvider>,
  );

describe('single sign-on in the web app', () => {
  it('offers no "Sign in with" button when the API has single sign-on off; the password form stays', async () => {
    window.history.replaceState(null, '', '/sign-in');
    scriptFetch(calls, () => ({ status: 200, body: OFF }));
    signInPage();
    await waitFor(() => expect(calls.map((call) => call.url)).toEqual(['/api/v1/auth/oidc']));
    expect(screen.queryByRole('link', { name: /Sign in with/ })).toBeNull();
    expect(screen.getByLabelText('Password')).toBeTruthy();
  });

  it('offers the provider by the name the API gives, carrying the page to open afterwards', async () => {
    window.history.replaceState(null, '', '/sign-in?next=/me/badges');
    scriptFetch(calls, () => ({ status: 200, body: ON }));
    signInPage();
    const button = await screen.findByRole('link', { name: 'Sign in with Test Association' });
    expect(button.getAttribute('href')).toBe('/api/v1/auth/oidc/start?next=%2Fme%2Fbadges');
    expect(screen.getByLabelText('Password')).toBeTruthy();
  });

  it('says why the last single sign-on failed, by the reason the API sent back', async () => {
    window.history.replaceState(null, '', '/sign-in?sso_error=email-not-verified');
    scriptFetch(calls, () => ({ status: 200, body: ON }));
    signInPage();
    expect((await screen.findByRole('alert')).textContent).toContain('Your e-mail address at Test Association is not confirmed yet');
  });

  it('redeems the one-time code from the fragment in this browser, drops it from the address bar and opens the page asked for', async () => {
    window.history.replaceState(null, '', '/sign-in/sso?next=/me/badges#token=one-time-code');
    scriptFetch(calls, (call) => (call.url === '/api/v1/auth/oidc/session' ? { status: 200, body: TOKENS } : { status: 200, body: ACCOUNT }));
    render(
      <AuthProvider>
        <SingleSignOnPage />
      </AuthProvider>,
    );
    await waitFor(() => expect(window.location.pathname).toBe('/me/badges'));
    expect(calls).toEqual([
      { method: 'POST', url: '/api/v1/auth/oidc/session', body: { token: 'one-time-code' } },
      { method: 'GET', url: '/api/v1/me', body: undefined },
    ]);
    expect(window.location.hash).toBe('');
    expect(api.hasSession).toBe(true);
  });

  it('explains a code that no longer works and points back to sign-in', async () => {
    window.history.replaceState(null, '', '/sign-in/sso#token=used-code');
    scriptFetch(calls, () => ({
      status: 400,
      body: { type: 'https://stacks.example.org/problems/invalid-sign-in-code', title: 'Bad Request', status: 400, detail: 'This sign-in code is invalid, has expired, was already used or belongs to another browser; sign in again' },
    }));
    render(
      <AuthProvider>
        <SingleSignOnPage />
      </AuthProvider>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain('belongs to another browser');
    expect(screen.getByRole('link', { name: 'Back to sign-in' }).getAttribute('href')).toBe('/sign-in');
    expect(api.hasSession).toBe(false);
  });
});
