import { checkPassword, PASSWORD_MAX_LENGTH } from './password-policy.js';

describe('password policy', () => {
  it('refuses fewer than 12 characters, counting characters rather than UTF-16 units', () => {
    expect(checkPassword('short pass')).toMatchObject({ ok: false, rule: 'minLength' });
    expect(checkPassword('🐝🐝🐝🐝🐝🐝')).toMatchObject({ ok: false, rule: 'minLength' });
  });

  it('refuses more than 256 characters', () => {
    expect(checkPassword('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toMatchObject({ ok: false, rule: 'maxLength' });
  });

  it.each([
    ['twelve spaces', ' '.repeat(12)],
    ['twelve identical characters', 'aaaaaaaaaaaa'],
    ['a keyboard walk', 'qwertyuiop12'],
    ['a breached classic', 'password1234'],
    ['a sequence', '123456789012'],
    ['a common word with a year', 'Sunshine2024!'],
  ])('refuses %s as too easy to guess', (_scenario, password) => {
    expect(checkPassword(password)).toMatchObject({ ok: false, rule: 'notGuessable' });
  });

  it('counts the e-mail address and the name against the password (the address itself is strong for anyone else)', () => {
    const password = 'ada.reyes@library.example';
    expect(checkPassword(password).ok).toBe(true);
    expect(checkPassword(password, ['ada.reyes@library.example', 'Ada Reyes'])).toMatchObject({ ok: false, rule: 'notGuessable' });
  });

  it('accepts a passphrase of unrelated words without demanding character classes', () => {
    expect(checkPassword('a long passphrase')).toEqual({ ok: true });
    expect(checkPassword('violet kettle harbour')).toEqual({ ok: true });
  });

  it('names what makes a refused password guessable', () => {
    expect(checkPassword('aaaaaaaaaaaa').message).toMatch(/^password is too easy to guess/);
  });
});
