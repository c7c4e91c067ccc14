import { type FormEvent, useState } from 'react';
import { useAuth } from '../app/auth';
import { useSubmit } from '../app/use-submit';
import { Link, navigate, nextPath, useLocation, usePageTitle } from '../app/router';
import { SingleSignOnOption } from './SingleSignOnPage';
import { ErrorMessage, fieldError, Notice, PageHeading, TextField } from '../components/ui';

/** A password being chosen (registration, reset): the API's rule is 12 to 128 characters. */
export function NewPasswordField({ label, value, onChange, error }: { label: string; value: string; onChange: (value: string) => void; error?: string }) {
  return (
    <TextField
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={12}
      maxLength={256}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={error}
      hint="12 to 256 characters and not easy to guess (no common passwords, nothing from your name or address); a few unrelated words you will remember works well"
    />
  );
}

export function SignInPage() {
  usePageTitle('Sign in');
  const { signIn } = useAuth();
  const { search } = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const account = await signIn(email, password);
      navigate(nextPath(search, account.role === 'ADMIN' ? '/admin' : '/me/progress'), { replace: true });
      return 'Signed in.';
    });
  };

  return (
    <div className="narrow">
      <PageHeading>Sign in</PageHeading>
      <SingleSignOnOption />
      <form onSubmit={submit} noValidate>
        <ErrorMessage error={error} title="Could not sign in" />
        <TextField label="Email" type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} error={fieldError(error, 'email')} />
        <TextField label="Password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} error={fieldError(error, 'password')} />
        <button type="submit" disabled={busy}>
          Sign in
        </button>
      </form>
      <p>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p>
        New here? <Link to={`/register${search.get('next') ? `?next=${encodeURIComponent(search.get('next') ?? '')}` : ''}`}>Create an account</Link>
      </p>
    </div>
  );
}

export function RegisterPage() {
  usePageTitle('Create an account');
  const { register } = useAuth();
  const { search } = useLocation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, message, run } = useSubmit();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const account = await register({ displayName, email, password });
      if (!account) return 'Check your mail: we have sent a message to this address. If it already has an account, sign in or reset your password.';
      navigate(nextPath(search, '/'), { replace: true });
      return 'Account created. We have mailed you a link to confirm your address.';
    });
  };

  return (
    <div className="narrow">
      <PageHeading>Create an account</PageHeading>
      <form onSubmit={submit} noValidate>
        <ErrorMessage error={error} title="Could not create the account" />
        <Notice tone="success">{message}</Notice>
        <TextField label="Your name" autoComplete="name" required value={displayName} onChange={(event) => setDisplayName(event.target.value)} error={fieldError(error, 'displayName')} hint="Shown on your badges and their public pages" />
        <TextField label="Email" type="email" autoComplete="email" required value={email} onChange={(event) => setEmail(event.target.value)} error={fieldError(error, 'email')} />
        <NewPasswordField label="Password" value={password} onChange={setPassword} error={fieldError(error, 'password')} />
        <button type="submit" disabled={busy}>
          Create my account
        </button>
      </form>
      <p>
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
