import { composeEmailVerification, composePasswordReset, composeRegistrationAttempt } from './account-messages.js';

describe('account mails', () => {
  it('carry the link in text and HTML, escaped, and no unsubscribe footer (they are not optional)', () => {
    const message = composeEmailVerification({ learnerName: 'Ada <Reyes>', verifyUrl: 'https://stacks.example/verify-email#token=abc&x', validHours: 48 });
    expect(message.text).toContain('Confirm my e-mail address: https://stacks.example/verify-email#token=abc&x');
    expect(message.html).toContain('href="https://stacks.example/verify-email#token=abc&#38;x"');
    expect(message.html).toContain('Ada &#60;Reyes&#62;');
    expect(message.text).toContain('48 hours');
    for (const body of [message.text, message.html]) expect(body).not.toMatch(/unsubscribe/i);
  });

  it('says how long a reset link lasts and that ignoring it keeps the password', () => {
    const message = composePasswordReset({ learnerName: 'Ada', resetUrl: 'https://stacks.example/reset-password#token=t', validMinutes: 60 });
    expect(message.subject).toBe('Reset your Stacks password');
    expect(message.text).toContain('60 minutes');
    expect(message.text).toContain('your password stays as it is');
  });

  it('tells the owner of a taken address to sign in or reset, without a secret link', () => {
    const message = composeRegistrationAttempt({ learnerName: 'Ada', signInUrl: 'https://stacks.example/sign-in', resetUrl: 'https://stacks.example/forgot-password' });
    expect(message.subject).toBe('Someone tried to register with your address on Stacks');
    expect(message.text).toContain('sign in instead at https://stacks.example/sign-in');
    expect(message.text).toContain('Reset my password: https://stacks.example/forgot-password');
    expect(message.html).toContain('href="https://stacks.example/forgot-password"');
  });
});
