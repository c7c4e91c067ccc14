import { lockSessionRow, type Prisma, type Session, type SessionWhere } from '@stacks/db';
import { whereIdOrSlug } from './id-or-slug.js';
import { notFound } from '../problem/domain-error.js';

/** A session's UUID or slug as a lookup; one that is neither matches nothing (a 404, not a 400). */
export function sessionWhere(idOrSlug: string): SessionWhere {
  // The nil UUID is never a session id, so a malformed value is simply "not found".
  return whereIdOrSlug(idOrSlug) ?? { id: '00000000-0000-0000-0000-000000000000' };
}

/** `lockSessionRow` for an admin route: the locked session, or a 404 naming what was asked for. */
export async function lockSession(tx: Prisma.TransactionClient, idOrSlug: string): Promise<Session> {
  const session = await lockSessionRow(tx, sessionWhere(idOrSlug));
  if (!session) throw notFound('Session', idOrSlug);
  return session;
}
