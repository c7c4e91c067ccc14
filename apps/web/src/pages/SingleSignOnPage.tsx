import { useEffect, useState } from 'react';
import type { SsoStatus } from '../api/types';
import { useAuth } from '../app/auth';
import { takeLinkToken } from '../app/link-token';
import { Link, navigate, nextPath, useLocation, usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { useSubmit } from '../app/use-submit';
import { ErrorMessage, PageHeading } from '../components/ui';

/** What went wrong, by the reason the API's callback put in `?sso_error=` (see its OpenAPI description). */
function failureMessage(reason: string, provider: string): string {
  switch (reason) {
    case 'state-expired':
      return 'The sign-in took too long. Please try again.';
    case 'state-used':
      return 'That sign-in was already finished. Please start again.';
    case 'state-missing':
    case 'state-mismatch':
      return 'The sign-in was started in another tab or browser, or this browser blocked its cookie. Please start again here.';
    case 'provider-error':
      return `The sign-in at ${provider} was cancelled or refused.`;
    case 'provider-unavailable':
      return `${provider} could not be reached. Try again later, or sign in with your password.`;
    case 'email-missing':
      return `${provider} did not share your e-mail address with Stacks; allow it there and try again.`;
    case 'email-not-verified':
      return `Your e-mail address at ${provider} is not confirmed yet. Confirm it there first, then try again.`;
    case 'account-disabled':
      return 'This account has been disabled; contact the association.';
    default:
      return `The answer from ${provider} could not be checked. Please try again.`;
  }
}

/**
 * "Sign in with <provider>" on the sign-in page, when the API has single sign-on on, and why the
 * last attempt failed when the API sent the browser back with `?sso_error=`.
 */
export function SingleSignOnOption() {
  const { search } = useLocation();
  const { data: status } = useApi<SsoStatus>('/auth/oidc');
  const reason = search.get('sso_error');
  if (!status?.enabled || !status.startUrl) return null;
  const provider = status.providerName ?? 'the member sign-in';
  const next = search.get('next');
  // A full page navigation (not an in-app link): the API redirects the browser to the provider.
  const href = next ? `${status.startUrl}?next=${encodeURIComponent(nextPath(search, '/'))}` : status.startUrl;
  return (
    <section aria-label="Single sign-on">
      {reason && <ErrorMessage error={new Error(failureMessage(reason, provider))} title="Could not sign you in" />}
      <p>
        <a className="button" href={href}>
          Sign in with {provider}
        </a>
      </p>
      <p>Or with your Stacks password:</p>
    </section>
  );
}

/** Where single sign-on lands: redeems the one-time code from the fragment in this browser, then goes on. */
export function SingleSignOnPage() {
  usePageTitle('Signing you in');
  const { signInWithCode } = useAuth();
  const { search } = useLocation();
  const [token] = useState(takeLinkToken);
  const { busy, error, run } = useSubmit();

  useEffect(() => {
    void run(async () => {
      const account = await signInWithCode(token);
      navigate(nextPath(search, account.role === 'ADMIN' ? '/admin' : '/me/progress'), { replace: true });
      return 'Signed in.';
    });
    // Runs once: the code is single-use.
  }, []);

  return (
    <div className="narrow">
      <PageHeading>Signing you in</PageHeading>
      {busy && <p>Finishing the sign-in…</p>}
      <ErrorMessage error={error} title="Could not sign you in" />
      {error !== undefined && (
        <p>
          <Link to="/sign-in">Back to sign-in</Link>
        </p>
      )}
    </div>
  );
}
