import { v5 as uuidV5 } from 'uuid';

/** xAPI 1.0.3, the version every statement and request declares. */
export const XAPI_VERSION = '1.0.3';

/** Verbs from the ADL registry (attended, completed) and the Open Badges xAPI profile (earned). */
export const XapiVerb = {
  attended: { id: 'http://adlnet.gov/expapi/verbs/attended', display: { 'en-US': 'attended' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
  earned: { id: 'https://w3id.org/xapi/openbadges/verbs/earned', display: { 'en-US': 'earned' } },
} as const;
export type XapiVerbName = keyof typeof XapiVerb;

const ActivityType = {
  meeting: 'http://adlnet.gov/expapi/activities/meeting',
  badge: 'https://w3id.org/xapi/openbadges/activity-types/badge',
} as const;

/** Namespace of statement ids (a v4 UUID chosen once for Stacks; never change it). */
export const XAPI_STATEMENT_NAMESPACE = '0b8f3e5a-7d21-4c9e-b6a4-5e2c1f9d7a30';

export interface XapiStatement {
  id: string;
  actor: { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };
  verb: { id: string; display: Record<string, string> };
  object: { objectType: 'Activity'; id: string; definition: { type: string; name: Record<string, string> } };
  result?: { completion?: boolean; duration?: string };
  context: { platform: string; language: string; extensions?: Record<string, unknown> };
  timestamp: string;
  version: typeof XAPI_VERSION;
}

export interface StatementFacts {
  /** The fact's integration event id: the statement id is derived from it (and the learner). */
  eventId: string;
  /** Base of our account home page and activity ids, e.g. https://stacks.example.org. */
  publicBaseUrl: string;
  userId: string;
  occurredAt: string;
}

/** The same fact always gives the same statement id, so an LRS treats a resend as a no-op. */
export function statementId(eventId: string, userId: string): string {
  return uuidV5(`${eventId}:${userId}`, XAPI_STATEMENT_NAMESPACE);
}

function base(facts: StatementFacts, verb: XapiVerbName, object: XapiStatement['object']): XapiStatement {
  const root = facts.publicBaseUrl.replace(/\/+$/, '');
  return {
    id: statementId(facts.eventId, facts.userId),
    // The learner's opaque account id, not their e-mail: stable when the address changes.
    actor: { objectType: 'Agent', account: { homePage: root, name: facts.userId } },
    verb: { id: XapiVerb[verb].id, display: { ...XapiVerb[verb].display } },
    object,
    context: { platform: 'Stacks', language: 'en-US' },
    timestamp: facts.occurredAt,
    version: XAPI_VERSION,
  };
}

/** What the statement is about: one of our activity ids (a stable public URL) and its name. */
export interface ActivityRef {
  id: string;
  name: string;
}

function activity(ref: ActivityRef, type: string): XapiStatement['object'] {
  return { objectType: 'Activity', id: ref.id, definition: { type, name: { 'en-US': ref.name } } };
}

/** A session's activity id: its page under the public base URL, by id (slugs may change). */
export function sessionActivityId(publicBaseUrl: string, sessionId: string): string {
  return `${publicBaseUrl.replace(/\/+$/, '')}/sessions/${sessionId}`;
}

export function completedStatement(facts: StatementFacts, session: ActivityRef): XapiStatement {
  return { ...base(facts, 'completed', activity(session, ActivityType.meeting)), result: { completion: true } };
}

export function attendedStatement(facts: StatementFacts, session: ActivityRef, minutesAttended: number): XapiStatement {
  return { ...base(facts, 'attended', activity(session, ActivityType.meeting)), result: { duration: `PT${Math.max(0, Math.round(minutesAttended))}M` } };
}

/** `achievement.id` is the achievement's public URL (BadgeUrls.achievement). */
export function earnedStatement(facts: StatementFacts, achievement: ActivityRef): XapiStatement {
  return base(facts, 'earned', activity(achievement, ActivityType.badge));
}
