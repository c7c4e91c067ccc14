import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
/** zxcvbn's score (0–4) a password must reach: 3 is "safely unguessable: moderate protection from offline attacks". */
export const PASSWORD_MIN_SCORE = 3;

/** Which rule a refused password breaks; each is named in the 400 answer. */
export type PasswordRule = 'minLength' | 'maxLength' | 'notGuessable';

export interface PasswordVerdict {
  ok: boolean;
  rule?: PasswordRule;
  message?: string;
}

// Built once: the dictionaries (common passwords, names, English words, keyboard patterns) are large.
const estimator = new ZxcvbnFactory({
  translations: english.translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...english.dictionary },
});

/**
 * The one password policy, for every password a person chooses (registration, reset, change):
 * by length and by how guessable it is (breached and common passwords, dictionary words, keyboard
 * walks, repeats, and the person's own e-mail and name), never by character classes.
 */
export function checkPassword(password: string, userInputs: readonly string[] = []): PasswordVerdict {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) {
    return { ok: false, rule: 'minLength', message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` };
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return { ok: false, rule: 'maxLength', message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` };
  }
  // The address and its parts (local part, domain words) and the name count as guessable words.
  const inputs = userInputs.flatMap((input) => [input, ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((word) => word.length >= 3);
  const result = estimator.check(password, inputs);
  if (result.score < PASSWORD_MIN_SCORE) {
    const hint = result.feedback.warning ? ` (${result.feedback.warning.replace(/\.$/, '')})` : '';
    return { ok: false, rule: 'notGuessable', message: `password is too easy to guess${hint}; use a longer phrase of unrelated words` };
  }
  return { ok: true };
}
