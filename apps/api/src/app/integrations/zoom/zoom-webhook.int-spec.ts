import { randomUUID } from 'node:crypto';
import { PrismaService } from '@stacks/db';
import { JobName } from '@stacks/queue-contracts';
import { EmailVerificationService } from '../../auth/email-verification.service.js';
import type { TestAccount } from '../../../testing/accounts.js';
import { createSeriesFixture } from '../../../testing/catalogue-fixture.js';
import { startTestApp, type TestApp } from '../../../testing/test-app.js';
import { signedZoomHeaders, startZoomTestApp, type ZoomMeetingRef, zoomParticipantEvent, type ZoomStay } from '../../../testing/zoom-events.js';
import { zoomHmac } from './zoom-signature.js';

const SECRET = 'zoom-secret-token-for-the-int-spec';
const MINUTE = 60_000;
const START = Date.parse('2026-11-20T18:00:00Z');

/** The parts of a response body these tests read. */
interface Answer {
  errors: { field: string; rule: string }[];
  outcome?: string;
  minutes?: number;
}
const read = async (response: Response) => (await response.json()) as Answer;

const participantEvent = (kind: 'webinar' | 'meeting', action: 'joined' | 'left', meeting: ZoomMeetingRef, stay: ZoomStay) =>
  zoomParticipantEvent(kind, action, meeting, stay, START);

describe('Zoom webhooks over real HTTP', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let base: string;
  let admin: TestAccount;

  beforeAll(async () => {
    ({ app, prisma, base, admin } = await startZoomTestApp(SECRET));
  });
  afterAll(async () => {
    await app.close();
  });

  const send = (body: string, headers: Record<string, string> = sign(body)) =>
    fetch(`${base}/integrations/zoom/events`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const sign = (body: string, secret = SECRET, at = Date.now()) => signedZoomHeaders(secret, body, at);

  async function zoomSession(attendanceMinMinutes: number) {
    const fixture = await createSeriesFixture(prisma, { sessions: 1, startsAt: new Date(START) });
    const zoomMeetingId = String(80_000_000_000 + Math.floor(Math.random() * 9_999_999_999));
    const patched = await app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/sessions/${fixture.sessionSlugs[0]}`,
      headers: admin.auth,
      payload: { zoomMeetingId, attendanceMinMinutes },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ zoomMeetingId, completion: { attendanceMinMinutes } });
    return { sessionId: fixture.sessionIds[0], slug: fixture.sessionSlugs[0], meeting: { id: zoomMeetingId, uuid: `${randomUUID()}==` } };
  }

  it('answers Zoom’s endpoint URL validation with the token hashed by the secret', async () => {
    const body = JSON.stringify({ event: 'endpoint.url_validation', event_ts: Date.now(), payload: { plainToken: 'qgg8vlvZRS6UYooatFL8Aw' } });
    const response = await send(body);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ plainToken: 'qgg8vlvZRS6UYooatFL8Aw', encryptedToken: zoomHmac(SECRET, 'qgg8vlvZRS6UYooatFL8Aw') });
  });

  it('refuses unsigned, forged, stale and tampered calls with 401 problem+json and changes nothing', async () => {
    const { sessionId, meeting } = await zoomSession(1);
    const join = participantEvent('webinar', 'joined', meeting, { userId: '1', email: 'forger@test.example', at: START });
    const left = participantEvent('webinar', 'left', meeting, { userId: '1', email: 'forger@test.example', at: START + 60 * MINUTE });
    const attempts: [string, Record<string, string>][] = [
      [join, {}],
      [join, sign(join, 'a-different-secret-token')],
      [join, sign(join, SECRET, Date.now() - 6 * MINUTE)],
      [left, sign(join)],
      [join, { 'x-zm-request-timestamp': 'soon', 'x-zm-signature': 'v0=abc' }],
    ];
    for (const [body, headers] of attempts) {
      const response = await send(body, headers);
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect((await read(response)).errors[0]).toMatchObject({ field: 'x-zm-signature', rule: 'zoomSignature' });
    }
    expect(await prisma.zoomParticipantInterval.count({ where: { sessionId } })).toBe(0);
  });

  it('names the field of a signed event it cannot read', async () => {
    const body = JSON.stringify({ event: 'meeting.participant_joined', payload: { object: { id: '81234567890', uuid: 'u', participant: { user_id: '1', join_time: 'yesterday' } } } });
    const response = await send(body);
    expect(response.status).toBe(400);
    expect((await read(response)).errors[0]).toMatchObject({ field: 'payload.object.participant.join_time', rule: 'isISO8601' });
  });

  it('credits a learner past the threshold once, and keeps the minutes of an address with no account', async () => {
    const { sessionId, meeting } = await zoomSession(45);
    const learner = await prisma.user.create({ data: { email: `zoom-${randomUUID().slice(0, 8)}@test.example`, passwordHash: 'x', displayName: 'Zoom learner' } });
    const stranger = `nobody-${randomUUID().slice(0, 8)}@test.example`;
    const events = [
      participantEvent('meeting', 'joined', meeting, { userId: 'a1', email: learner.email, at: START }),
      participantEvent('meeting', 'left', meeting, { userId: 'a1', email: learner.email, at: START + 30 * MINUTE }),
      participantEvent('meeting', 'joined', meeting, { userId: 'a2', email: learner.email.toUpperCase(), at: START + 35 * MINUTE }),
      participantEvent('meeting', 'joined', meeting, { userId: 's1', email: stranger, at: START }),
      participantEvent('meeting', 'left', meeting, { userId: 's1', email: stranger, at: START + 50 * MINUTE }),
    ];
    const outcomes = [];
    for (const body of events) outcomes.push(await read(await send(body)));
    expect(outcomes.map((outcome) => outcome.outcome)).toEqual(['stored', 'below-threshold', 'below-threshold', 'stored', 'no-account']);
    expect(outcomes[4].minutes).toBe(50);

    const leave = participantEvent('meeting', 'left', meeting, { userId: 'a2', email: learner.email, at: START + 55 * MINUTE });
    expect(await read(await send(leave))).toMatchObject({ outcome: 'credited', minutes: 50 });
    expect(await read(await send(leave))).toMatchObject({ outcome: 'already-completed', minutes: 50 });
    const completions = await prisma.sessionCompletion.findMany({ where: { sessionId } });
    expect(completions).toEqual([expect.objectContaining({ userId: learner.id, source: 'ZOOM_WEBHOOK' })]);
    expect(await prisma.zoomParticipantInterval.count({ where: { sessionId, email: stranger } })).toBe(1);

    // The stranger registers that address and proves it: their 50 minutes are credited, once.
    const newcomer = await prisma.user.create({ data: { email: stranger, passwordHash: 'x', displayName: 'Newcomer', emailVerifiedAt: new Date() } });
    const verification = app.nest.get(EmailVerificationService);
    expect((await verification.releaseHeld(newcomer.id)).attendanceCredited).toBe(1);
    expect((await verification.releaseHeld(newcomer.id)).attendanceCredited).toBe(0);
    expect(await prisma.completionEvent.findMany({ where: { userId: newcomer.id, sessionId } })).toEqual([
      expect.objectContaining({ source: 'ZOOM_WEBHOOK', minutesAttended: 50 }),
    ]);
    expect(await prisma.sessionCompletion.count({ where: { userId: newcomer.id, sessionId } })).toBe(1);
  });

  it('gives the same completions from 1 000 events replayed in random order and twice as from one clean pass', async () => {
    const threshold = 40;
    const clean = await zoomSession(threshold);
    const replayed = await zoomSession(threshold);
    const learners = await Promise.all(
      Array.from({ length: 80 }, (_, index) =>
        prisma.user.create({ data: { email: `replay-${index}-${randomUUID().slice(0, 6)}@test.example`, passwordHash: 'x', displayName: `Replay ${index}` } }),
      ),
    );
    const strangers = Array.from({ length: 20 }, (_, index) => `replay-guest-${index}-${randomUUID().slice(0, 6)}@test.example`);
    const emails = [...learners.map((learner) => learner.email), ...strangers];
    // Each participant: five stays of 2-16 minutes (10 events), some of them overlapping (two devices).
    let seed = 17;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const plan = (meeting: { id: string; uuid: string }) => {
      seed = 17;
      const bodies: string[] = [];
      emails.forEach((email, person) => {
        let cursor = START;
        for (let stay = 0; stay < 5; stay += 1) {
          const start = cursor + Math.floor(random() * 6 - 2) * MINUTE;
          const end = start + (2 + Math.floor(random() * 15)) * MINUTE;
          cursor = end;
          const participant = { userId: `p${person}-s${stay}`, email };
          bodies.push(participantEvent('webinar', 'joined', meeting, { ...participant, at: start }), participantEvent('webinar', 'left', meeting, { ...participant, at: end }));
        }
      });
      return bodies;
    };
    const cleanEvents = plan(clean.meeting);
    expect(cleanEvents).toHaveLength(1000);
    // The clean pass: every event once, each participant's in order (participants side by side).
    for (let person = 0; person < emails.length; person += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, offset) => {
          for (const body of cleanEvents.slice((person + offset) * 10, (person + offset + 1) * 10)) expect((await send(body)).status).toBe(200);
        }),
      );
    }

    const replay = [...plan(replayed.meeting), ...plan(replayed.meeting)];
    for (let index = replay.length - 1; index > 0; index -= 1) {
      const other = Math.floor(Math.random() * (index + 1));
      [replay[index], replay[other]] = [replay[other], replay[index]];
    }
    // Eight at a time, as Zoom's retries and parallel deliveries would arrive.
    for (let index = 0; index < replay.length; index += 8) {
      const statuses = await Promise.all(replay.slice(index, index + 8).map(async (body) => (await send(body)).status));
      expect(statuses.every((status) => status === 200)).toBe(true);
    }

    const outcome = async (sessionId: string) => {
      const completions = await prisma.sessionCompletion.findMany({ where: { sessionId }, select: { userId: true } });
      const events = await prisma.completionEvent.findMany({ where: { sessionId, source: 'ZOOM_WEBHOOK' }, select: { userId: true, minutesAttended: true } });
      return {
        completed: completions.map((row) => row.userId).sort(),
        minutes: Object.fromEntries(events.map((row) => [row.userId, row.minutesAttended])),
      };
    };
    const first = await outcome(clean.sessionId);
    const second = await outcome(replayed.sessionId);
    expect(second).toEqual(first);
    // Some but not all learners got past 40 minutes, so the comparison is not trivially equal.
    expect(first.completed.length).toBeGreaterThan(5);
    expect(first.completed.length).toBeLessThan(learners.length);
    expect(Object.values(first.minutes).every((minutes) => minutes !== null && minutes <= 80)).toBe(true);
    // Exactly one completion outbox event per completion, however often the events came.
    const outbox = await prisma.outboxEvent.count({ where: { jobName: JobName.SessionCompleted, payload: { path: ['sessionId'], equals: replayed.sessionId } } });
    expect(outbox).toBe(second.completed.length);
    expect(await prisma.zoomParticipantInterval.count({ where: { sessionId: replayed.sessionId } })).toBe(500);
  }, 420_000);

  it('is off (404) without a secret token', async () => {
    const off = await startTestApp({ ZOOM_WEBHOOK_RATE_LIMIT_PER_MINUTE: '100000' });
    try {
      const response = await off.inject({ method: 'POST', url: '/api/v1/integrations/zoom/events', payload: { event: 'endpoint.url_validation', payload: { plainToken: 'x' } } });
      expect(response.statusCode).toBe(404);
    } finally {
      await off.close();
    }
  });

  it('refuses a Zoom id another session already uses, naming the field', async () => {
    const { meeting } = await zoomSession(10);
    const other = await createSeriesFixture(prisma, { sessions: 1 });
    const response = await app.inject({ method: 'PATCH', url: `/api/v1/admin/sessions/${other.sessionSlugs[0]}`, headers: admin.auth, payload: { zoomMeetingId: meeting.id } });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors[0]).toMatchObject({ field: 'zoomMeetingId', rule: 'unique' });
    const bad = await app.inject({ method: 'PATCH', url: `/api/v1/admin/sessions/${other.sessionSlugs[0]}`, headers: admin.auth, payload: { zoomMeetingId: 'zoom-123' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ field: 'zoomMeetingId' });
  });
});
