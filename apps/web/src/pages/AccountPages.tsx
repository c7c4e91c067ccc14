import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client';
import { takeLinkToken } from '../app/link-token';
import { Link, navigate, usePageTitle } from '../app/router';
import { useSubmit } from '../app/use-submit';
import { CheckboxField, ErrorMessage, fieldError, Notice, PageHeading, TextField } from '../components/ui';
import { NewPasswordField } from './AuthPages';

interface VerifiedEmail {
  attendanceCredited: number;
  badgesReleaseQueued: boolean;
}

export function VerifyEmailPage() {
  usePageTitle('Confirm your e-mail address');
  const [token] = useState(takeLinkToken);
  const { busy, error, message, run } = useSubmit();

  useEffect(() => {
    void run(async () => {
      const released = await api.request<VerifiedEmail>('/auth/email/verify', { method: 'POST', body: { token } });
      const held = [
        released.badgesReleaseQueued ? 'any badges you earned (they appear under My badges within a minute)' : '',
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

/** Your account: change the password, download everything held about you, or leave. */
export function MyAccountPage() {
  usePageTitle('Your account');
  return (
    <>
      <PageHeading>Your account</PageHeading>
      <ChangePasswordForm />
      <ExportMyData />
      <DeleteMyAccount />
    </>
  );
}

function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const { busy, error, message, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.request('/me/password', { method: 'POST', body: { currentPassword, newPassword } });
      setCurrentPassword('');
      setNewPassword('');
      return 'Password changed. Every other place you were signed in has been signed out.';
    });
  };

  return (
    <section aria-labelledby="password-heading" className="card">
      <h2 id="password-heading">Change your password</h2>
      <form onSubmit={submit} noValidate>
        <ErrorMessage error={error} title="Could not change the password" />
        <TextField label="Current password" type="password" autoComplete="current-password" required value={currentPassword} onChange={(event) => setCurrentPassword(event.target.value)} error={fieldError(error, 'currentPassword')} />
        <NewPasswordField label="New password" value={newPassword} onChange={setNewPassword} error={fieldError(error, 'newPassword')} />
        <button type="submit" disabled={busy}>
          Change password
        </button>
        <Notice tone="success">{message}</Notice>
      </form>
    </section>
  );
}

/** Saves a JSON document as a file (where the browser can: jsdom has no object URLs). */
function download(filename: string, document: unknown) {
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
  const link = window.document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
}

function ExportMyData() {
  const { busy, error, message, run } = useSubmit();
  const exportData = () =>
    void run(async () => {
      download('stacks-my-data.json', await api.request<unknown>('/me/export'));
      return 'Your data has been downloaded as stacks-my-data.json.';
    });

  return (
    <section aria-labelledby="export-heading" className="card">
      <h2 id="export-heading">Your data</h2>
      <p>One JSON file with everything Stacks holds about you: profile, enrolments, completions, transcript, badges with their credentials, notification preferences and messages sent, and your Discord link.</p>
      <ErrorMessage error={error} title="Could not export your data" />
      <button type="button" onClick={exportData} disabled={busy}>
        Download my data
      </button>
      <Notice tone="success">{message}</Notice>
    </section>
  );
}

function DeleteMyAccount() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const { busy, error, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await api.request('/me', { method: 'DELETE', body: { currentPassword } });
      api.clearTokens();
      navigate('/', { replace: true });
      return 'Your account has been deleted.';
    });
  };

  return (
    <section aria-labelledby="delete-heading" className="card">
      <h2 id="delete-heading">Delete your account</h2>
      <p>
        Your profile, progress, enrolments, reminders and Discord link are erased. Badges already issued stay verifiable for whoever holds a copy, but their public page no longer shows
        your name. This cannot be undone.
      </p>
      <form onSubmit={submit} noValidate>
        <ErrorMessage error={error} title="Could not delete the account" />
        <TextField label="Your password, to confirm" type="password" autoComplete="current-password" required value={currentPassword} onChange={(event) => setCurrentPassword(event.target.value)} error={fieldError(error, 'currentPassword')} />
        <CheckboxField label="I understand that my account and personal data will be erased for good" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
        <button type="submit" className="danger" disabled={busy || !understood || !currentPassword}>
          Delete my account
        </button>
      </form>
    </section>
  );
}
