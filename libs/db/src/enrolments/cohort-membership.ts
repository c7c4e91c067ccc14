import type { Prisma } from '../generated/prisma/client.js';

/**
 * The selected team of `cohortId` this account belongs to (as its applicant or as a listed member,
 * matched by the account's e-mail), or null. One query used by enrolment and the progress view.
 */
export async function selectedTeamOf(db: Prisma.TransactionClient, cohortId: string, userId: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "CohortApplication" a
     WHERE a."cohortId" = ${cohortId}::uuid AND a.status = 'SELECTED'
       AND (a."applicantId" = ${userId}::uuid
            OR EXISTS (SELECT 1 FROM "CohortTeamMember" m JOIN "User" u ON lower(u.email) = m.email
                        WHERE m."applicationId" = a.id AND u.id = ${userId}::uuid AND u."deletedAt" IS NULL))
     ORDER BY a."createdAt" LIMIT 1`;
  return row?.id ?? null;
}
