import { type ComposedMessage, render } from './messages.js';

/** The mail that proves an address: sent at registration and after an e-mail change. */
export function composeEmailVerification(input: { learnerName: string; verifyUrl: string; validHours: number }): ComposedMessage {
  return render({
    subject: 'Confirm your e-mail address for Stacks',
    greeting: `Hello ${input.learnerName},`,
    lines: [
      'Please confirm that this address is yours. Until you do, badges you earn and attendance recorded for you are kept on hold, and no reminders are e-mailed.',
      `The link works once and for ${input.validHours} hours. If you did not create a Stacks account, ignore this message.`,
    ],
    action: { label: 'Confirm my e-mail address', url: input.verifyUrl },
  });
}

/** The mail sent on "forgot password"; nothing is sent when the address has no account. */
export function composePasswordReset(input: { learnerName: string; resetUrl: string; validMinutes: number }): ComposedMessage {
  return render({
    subject: 'Reset your Stacks password',
    greeting: `Hello ${input.learnerName},`,
    lines: [
      `Someone asked to reset the password of your Stacks account. The link below works once and for ${input.validMinutes} minutes; choosing a new password signs you out everywhere else.`,
      'If it was not you, ignore this message: your password stays as it is.',
    ],
    action: { label: 'Choose a new password', url: input.resetUrl },
  });
}
