import type { FieldViolation } from '../../problem/problem-details.js';

/** What Stacks reads from one Zoom event body; everything else in it is ignored. */
export type ZoomEvent =
  | { kind: 'url-validation'; plainToken: string }
  | {
      kind: 'participant';
      action: 'joined' | 'left';
      /** The webinar/meeting id a session is linked to. */
      meetingId: string;
      /** One stay: the meeting instance and Zoom's per-join participant id. */
      stayKey: string;
      /** Lower-cased; empty when Zoom did not share it (a guest), and then nothing can be credited. */
      email: string;
      /** join_time for a join, leave_time for a leave. */
      at: Date;
    }
  | { kind: 'other'; event: string };

export const PARTICIPANT_EVENTS: Record<string, 'joined' | 'left'> = {
  'webinar.participant_joined': 'joined',
  'webinar.participant_left': 'left',
  'meeting.participant_joined': 'joined',
  'meeting.participant_left': 'left',
};

export class ZoomEventError extends Error {
  constructor(readonly violation: FieldViolation) {
    super(violation.message);
  }
}

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

function text(value: unknown, field: string, max: number, required = true): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string' || (required && value.length === 0)) {
    if (!required && (value === undefined || value === null || value === '')) return '';
    throw new ZoomEventError({ field, rule: 'isString', message: `${field} must be a non-empty string` });
  }
  if (value.length > max) throw new ZoomEventError({ field, rule: 'maxLength', message: `${field} is at most ${max} characters` });
  return value;
}

function instant(value: unknown, field: string): Date {
  const raw = text(value, field, 40);
  const at = new Date(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(at.getTime())) {
    throw new ZoomEventError({ field, rule: 'isISO8601', message: `${field} must be an ISO 8601 date-time` });
  }
  return at;
}

/** Reads a parsed Zoom event body (already bounded in size and depth by the JSON parser). */
export function parseZoomEvent(body: unknown): ZoomEvent {
  const root = record(body);
  if (!root) throw new ZoomEventError({ field: 'body', rule: 'isObject', message: 'the body must be a JSON object' });
  const event = text(root.event, 'event', 100);
  const payload = record(root.payload);
  if (event === 'endpoint.url_validation') {
    return { kind: 'url-validation', plainToken: text(payload?.plainToken, 'payload.plainToken', 256) };
  }
  const action = PARTICIPANT_EVENTS[event];
  if (!action) return { kind: 'other', event };
  const object = record(payload?.object);
  if (!object) throw new ZoomEventError({ field: 'payload.object', rule: 'isObject', message: 'payload.object must be an object' });
  const participant = record(object.participant);
  if (!participant) throw new ZoomEventError({ field: 'payload.object.participant', rule: 'isObject', message: 'payload.object.participant must be an object' });
  const meetingId = text(object.id, 'payload.object.id', 30).replace(/\s+/g, '');
  const meetingUuid = text(object.uuid, 'payload.object.uuid', 200);
  const participantId =
    text(participant.user_id, 'payload.object.participant.user_id', 200, false) ||
    text(participant.participant_uuid, 'payload.object.participant.participant_uuid', 200, false) ||
    text(participant.id, 'payload.object.participant.id', 200);
  const email = text(participant.email, 'payload.object.participant.email', 254, false).trim().toLowerCase();
  const timeField = action === 'joined' ? 'join_time' : 'leave_time';
  const at = instant(participant[timeField], `payload.object.participant.${timeField}`);
  return { kind: 'participant', action, meetingId, stayKey: `${meetingUuid}:${participantId}`, email, at };
}
