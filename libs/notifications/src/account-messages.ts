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

/**
 * The mail an existing account gets when someone registers with its address: registration answers
 * the same either way, so the owner (not the one registering) learns that the address is taken.
 */
export function composeRegistrationAttempt(input: { learnerName: string; signInUrl: string; resetUrl: string }): ComposedMessage {
  return render({
    subject: 'Someone tried to register with your address on Stacks',
    greeting: `Hello ${input.learnerName},`,
    lines: [
      'Someone just tried to create a Stacks account with this e-mail address, which already has one. No new account was created and nothing about yours changed.',
      `If it was you, sign in instead at ${input.signInUrl}. If you no longer know your password, choose a new one with the link below. If it was not you, ignore this message.`,
    ],
    action: { label: 'Reset my password', url: input.resetUrl },
  });
}
