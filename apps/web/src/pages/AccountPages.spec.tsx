import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { type RecordedCall, scriptFetch } from '../testing/scripted-fetch';
import { ForgotPasswordPage, ResetPasswordPage, VerifyEmailPage } from './AccountPages';

const calls: RecordedCall[] = [];
const answer = (status: number, body: unknown) => scriptFetch(calls, () => ({ status, body }));
/** The calls without their method, for the checks below. */
const sent = () => calls.map(({ url, body }) => ({ url, body }));

afterEach(() => {
  cleanup();
  calls.length = 0;
});

describe('account pages', () => {
  it('confirms the address with the token from the fragment, then drops it from the address bar', async () => {
    window.history.replaceState(null, '', '/verify-email#token=abc123');
    answer(200, { attendanceCredited: 1, badgesReleaseQueued: true });
    render(<VerifyEmailPage />);
    expect(await screen.findByText(/Your e-mail address is confirmed\. Held for you until now: any badges you earned \(they appear under My badges within a minute\), 1 attended session\(s\) credited\./)).toBeTruthy();
    expect(sent()).toEqual([{ url: '/api/v1/auth/email/verify', body: { token: 'abc123' } }]);
    expect(window.location.hash).toBe('');
  });

  it('says why a used link does not work', async () => {
    window.history.replaceState(null, '', '/verify-email#token=used');
    answer(400, { type: 'about:blank#invalid-link', title: 'Bad Request', status: 400, detail: 'This link is invalid, has expired or was already used; ask for a new one' });
    render(<VerifyEmailPage />);
    expect((await screen.findByRole('alert')).textContent).toContain('already used');
  });

  it('shows the same answer for any address after asking for a reset link', async () => {
    answer(202, { message: 'If an account uses this address, a link is on its way.' });
    render(<ForgotPasswordPage />);
    fireEvent.change(screen.getByLabelText('Email'), { target: { value: 'ada@library.example' } });
    fireEvent.click(screen.getByRole('button', { name: 'Mail me a link' }));
    expect(await screen.findByText('If an account uses this address, a link is on its way.')).toBeTruthy();
    expect(calls[0].body).toEqual({ email: 'ada@library.example' });
  });

  it('sends the new password with the link token and then points to sign-in', async () => {
    window.history.replaceState(null, '', '/reset-password#token=reset-token');
    answer(204, null);
    render(<ResetPasswordPage />);
    fireEvent.change(screen.getByLabelText(/New password/), { target: { value: 'a-brand-new-password' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change my password' }));
    expect(await screen.findByText(/signed out everywhere/)).toBeTruthy();
    expect(sent()[0]).toEqual({ url: '/api/v1/auth/password/reset', body: { token: 'reset-token', password: 'a-brand-new-password' } });
  });
});
