import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client';
import { Link, usePageTitle } from '../app/router';
import { useSubmit } from '../app/use-submit';
import { ErrorMessage, fieldError, Notice, PageHeading, TextField } from '../components/ui';
import { NewPasswordField } from './AuthPages';

/**
 * The token a mailed link carries after `#token=`. A fragment never reaches the server (nor its
 * logs); once read it is taken out of the address bar and the history.
 */
export function takeLinkToken(): string {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  return token;
}

interface VerifiedEmail {
  attendanceCredited: number;
  badgesIssued: number;
}

export function VerifyEmailPage() {
  usePageTitle('Confirm your e-mail address');
  const [token] = useState(takeLinkToken);
  const { busy, error, message, run } = useSubmit();

  useEffect(() => {
    void run(async () => {
      const released = await api.request<VerifiedEmail>('/auth/email/verify', { method: 'POST', body: { token } });
      const held = [
        released.badgesIssued > 0 ? `${released.badgesIssued} badge(s) issued` : '',
        released.attendanceCredited > 0 ? `${released.attendanceCredited} attended session(s) credited` : '',
      ].filter(Boolean);
      return `Your e-mail address is confirmed.${held.length ? ` Held for you until now: ${held.join(', ')}.` : ''}`;
    });
    // Runs once: the token is single-use.
  }, []);

  return (
    <div className="narrow">
      <PageHeading>Confirm your e-mail address</PageHeading>
      {busy && <p>Checking the link…</p>}
      <ErrorMessage error={error} title="Could not confirm the address" />
      <Notice tone="success">{message}</Notice>
      {message && (
        <p>
          <Link to="/me/progress">Go to my progress</Link>
        </p>
      )}
    </div>
  );
}

export function ForgotPasswordPage() {
  usePageTitle('Forgot your password?');
  const [email, setEmail] = useState('');
  const { busy, error, message, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => (await api.request<{ message: string }>('/auth/password/forgot', { method: 'POST', body: { email } })).message);
  };

  return (
    <div className="narrow">
      <PageHeading>Forgot your password?</PageHeading>
      <p>Enter the address you registered with and we will mail you a link to choose a new password.</p>
      <form onSubmit={submit} noValidate>
        <ErrorMessage error={error} title="Could not send the link" />
        <Notice tone="success">{message}</Notice>
        <TextField label="Email" type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} error={fieldError(error, 'email')} />
        <button type="submit" disabled={busy}>
          Mail me a link
        </button>
      </form>
    </div>
  );
}

export function ResetPasswordPage() {
  usePageTitle('Choose a new password');
  const [token] = useState(takeLinkToken);
  const [password, setPassword] = useState('');
  const { busy, error, message, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.request('/auth/password/reset', { method: 'POST', body: { token, password } });
      return 'Your password has been changed and you have been signed out everywhere. Sign in with the new one.';
    });
  };

  return (
    <div className="narrow">
      <PageHeading>Choose a new password</PageHeading>
      {message ? (
        <>
          <Notice tone="success">{message}</Notice>
          <p>
            <Link to="/sign-in">Sign in</Link>
          </p>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <ErrorMessage error={error} title="Could not change the password" />
          <NewPasswordField label="New password" value={password} onChange={setPassword} error={fieldError(error, 'password')} />
          <button type="submit" disabled={busy}>
            Change my password
          </button>
        </form>
      )}
    </div>
  );
}
