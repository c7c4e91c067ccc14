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
    const token = signUnsubscribeToken('3f1c2b54-1111-4222-8333-444455556666', 'secret-one');
    expect(verifyUnsubscribeToken(token, 'secret-one')).toBe('3f1c2b54-1111-4222-8333-444455556666');
    expect(verifyUnsubscribeToken(token, 'secret-two')).toBeNull();
    const other = signUnsubscribeToken('someone-else', 'secret-one').split('.')[1];
    expect(verifyUnsubscribeToken(`${token.split('.')[0]}.${other}`, 'secret-one')).toBeNull();
    expect(verifyUnsubscribeToken('garbage', 'secret-one')).toBeNull();
  });
});
