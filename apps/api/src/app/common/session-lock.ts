import { type Prisma, type Session } from '@stacks/db';
import { whereIdOrSlug } from './id-or-slug.js';
import { notFound } from '../problem/domain-error.js';

/**
 * Loads a session inside a transaction and locks its row, serialising enrolment changes per
 * session so capacity is never oversold by concurrent requests.
 */
export async function lockSession(tx: Prisma.TransactionClient, idOrSlug: string): Promise<Session> {
  const where = whereIdOrSlug(idOrSlug);
  const found = where ? await tx.session.findFirst({ where, select: { id: true } }) : null;
  if (!found) throw notFound('Session', idOrSlug);
  await tx.$executeRaw`SELECT 1 FROM "Session" WHERE id = ${found.id}::uuid FOR UPDATE`;
  return tx.session.findUniqueOrThrow({ where: { id: found.id } });
}
