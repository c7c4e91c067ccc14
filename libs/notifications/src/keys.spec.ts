import { discordNonce, emailMessageId, isoWeek, nudgeKey, sessionReminderKey, signUnsubscribeToken, verifyUnsubscribeToken } from './keys.js';

describe('delivery keys', () => {
  it('gives a rescheduled session new reminder keys and contains no colon (BullMQ ids)', () => {
    const base = { sessionId: 's1', userId: 'u1', offsetMinutes: 60 };
    const before = sessionReminderKey({ ...base, startsAt: new Date('2026-12-01T19:00:00Z') });
    const after = sessionReminderKey({ ...base, startsAt: new Date('2026-12-01T20:00:00Z') });
    expect(before).not.toBe(after);
    expect(before).not.toContain(':');
  });
  it('numbers ISO weeks, including around the new year', () => {
    expect(isoWeek(new Date('2026-11-25T10:00:00Z'))).toBe('2026-W48');
    expect(isoWeek(new Date('2027-01-01T10:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2024-12-30T10:00:00Z'))).toBe('2025-W01');
  });
  it('gives one nudge key per learner, series and week', () => {
    const monday = nudgeKey({ userId: 'u', seriesId: 's', week: isoWeek(new Date('2026-11-23T08:00:00Z')) });
    expect(nudgeKey({ userId: 'u', seriesId: 's', week: isoWeek(new Date('2026-11-29T20:00:00Z')) })).toBe(monday);
    expect(nudgeKey({ userId: 'u', seriesId: 's', week: isoWeek(new Date('2026-11-30T08:00:00Z')) })).not.toBe(monday);
  });
  it('derives a stable Discord nonce within 25 characters and a stable Message-ID', () => {
    expect(discordNonce('reminder.a')).toBe(discordNonce('reminder.a'));
    expect(discordNonce('reminder.a')).not.toBe(discordNonce('reminder.b'));
    expect(discordNonce('reminder.a').length).toBeLessThanOrEqual(25);
    expect(emailMessageId('reminder.a', 'stacks.local')).toMatch(/^<[0-9a-f]{40}@stacks\.local>$/);
  });
  it('accepts its own unsubscribe token and refuses a forged or altered one', () => {
    const expiresAt = new Date(Date.now() + 86_400_000);
    const token = signUnsubscribeToken('3f1c2b54-1111-4222-8333-444455556666', 'secret-one', expiresAt);
    expect(verifyUnsubscribeToken(token, 'secret-one')).toBe('3f1c2b54-1111-4222-8333-444455556666');
    expect(verifyUnsubscribeToken(token, 'secret-two')).toBeNull();
    const other = signUnsubscribeToken('someone-else', 'secret-one', expiresAt).split('.')[2];
    const [user, expires] = token.split('.');
    expect(verifyUnsubscribeToken(`${user}.${expires}.${other}`, 'secret-one')).toBeNull();
    expect(verifyUnsubscribeToken('garbage', 'secret-one')).toBeNull();
  });

  it('refuses an unsubscribe token once it has expired, or whose expiry was pushed back', () => {
    const issued = Date.parse('2026-01-01T00:00:00Z');
    const token = signUnsubscribeToken('learner-1', 'secret-one', new Date(issued + 90 * 86_400_000));
    expect(verifyUnsubscribeToken(token, 'secret-one', issued + 89 * 86_400_000)).toBe('learner-1');
    expect(verifyUnsubscribeToken(token, 'secret-one', issued + 90 * 86_400_000)).toBeNull();
    const [user, expires, signature] = token.split('.');
    expect(verifyUnsubscribeToken(`${user}.${Number(expires) + 86_400 * 365}.${signature}`, 'secret-one', issued + 91 * 86_400_000)).toBeNull();
    // The earlier format had no expiry at all: such links no longer work.
    expect(verifyUnsubscribeToken(`${user}.${signature}`, 'secret-one', issued)).toBeNull();
  });
});
