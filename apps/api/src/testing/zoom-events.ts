import { PrismaService } from '@stacks/db';
import { zoomSignature } from '../app/integrations/zoom/zoom-signature.js';
import { createAdmin, type TestAccount } from './accounts.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface ZoomMeetingRef {
  id: string;
  uuid: string;
}

export interface ZoomStay {
  /** Zoom's per-join participant id (a rejoin gets a new one). */
  userId: string;
  email: string;
  /** Epoch milliseconds of the join or the leave. */
  at: number;
}

/** A Zoom participant event body, as Zoom's documentation lays it out. */
export function zoomParticipantEvent(kind: 'webinar' | 'meeting', action: 'joined' | 'left', meeting: ZoomMeetingRef, stay: ZoomStay, startTime: number): string {
  return JSON.stringify({
    event: `${kind}.participant_${action}`,
    event_ts: stay.at,
    payload: {
      account_id: 'test-account',
      object: {
        id: meeting.id,
        uuid: meeting.uuid,
        host_id: 'host-1',
        topic: 'Dialogue facilitation',
        type: 5,
        start_time: new Date(startTime).toISOString(),
        timezone: 'America/Chicago',
        participant: {
          user_id: stay.userId,
          user_name: 'Participant',
          participant_uuid: `uuid-${stay.email}`,
          email: stay.email,
          [action === 'joined' ? 'join_time' : 'leave_time']: new Date(stay.at).toISOString(),
          ...(action === 'left' ? { leave_reason: 'left the meeting' } : {}),
        },
      },
    },
  });
}

/** The headers Zoom signs a call with. */
export function signedZoomHeaders(secret: string, body: string, at = Date.now()): Record<string, string> {
  const timestamp = String(Math.floor(at / 1000));
  return { 'x-zm-request-timestamp': timestamp, 'x-zm-signature': zoomSignature(secret, timestamp, body) };
}

/** The API listening on a real port with Zoom webhooks on (`secret`), and an admin to set sessions up; `env` adds settings (e.g. a database of its own). */
export async function startZoomTestApp(secret: string, env: Record<string, string> = {}): Promise<{ app: TestApp; prisma: PrismaService; base: string; admin: TestAccount }> {
  const app = await startTestApp({ ZOOM_WEBHOOK_SECRET_TOKEN: secret, ZOOM_WEBHOOK_RATE_LIMIT_PER_MINUTE: '100000', ...env });
  const prisma = app.nest.get(PrismaService);
  await app.nest.listen(0, '127.0.0.1');
  const base = `${await app.nest.getUrl()}/api/v1`.replace('[::1]', '127.0.0.1');
  return { app, prisma, base, admin: await createAdmin(app, prisma) };
}
