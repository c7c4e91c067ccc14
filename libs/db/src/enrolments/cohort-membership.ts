import { Prisma } from '../generated/prisma/client.js';

/**
 * Every account on a selected team of `cohortId`, with its team: each team's applicant and its
 * listed members (matched by the account's e-mail). The one membership rule; the queries below
 * read it.
 */
function selectedMembers(cohortId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id AS "applicationId", a."createdAt", a."applicantId" AS "userId" FROM "CohortApplication" a
     WHERE a."cohortId" = ${cohortId}::uuid AND a.status = 'SELECTED'
    UNION
    SELECT a.id, a."createdAt", u.id FROM "CohortApplication" a
      JOIN "CohortTeamMember" m ON m."applicationId" = a.id
      JOIN "User" u ON lower(u.email) = m.email AND u."deletedAt" IS NULL
     WHERE a."cohortId" = ${cohortId}::uuid AND a.status = 'SELECTED'`;
}

/**
 * The selected team of `cohortId` this account belongs to (as its applicant or as a listed member,
 * matched by the account's e-mail), or null. One query used by enrolment and the progress view.
 */
export async function selectedTeamOf(db: Prisma.TransactionClient, cohortId: string, userId: string): Promise<string | null> {
  const [row] = await db.$queryRaw<{ id: string }[]>`
    SELECT t."applicationId" AS id FROM (${selectedMembers(cohortId)}) t
     WHERE t."userId" = ${userId}::uuid
     ORDER BY t."createdAt" LIMIT 1`;
  return row?.id ?? null;
}

/**
 * Accounts on a selected team of `cohortId` (its applicant, or a listed member by e-mail) who
 * completed every scheduled session of the cohort — none while it has no scheduled session. What a
 * cohort's badge rule awards; `userId` narrows it to one account. Members of a declined or
 * undecided application are never counted.
 */
export async function cohortCompleters(db: Prisma.TransactionClient, cohortId: string, userId: string | null = null): Promise<string[]> {
  const rows = await db.$queryRaw<{ userId: string }[]>`
    WITH members AS (SELECT DISTINCT t."userId" FROM (${selectedMembers(cohortId)}) t
    ), required AS (
      SELECT id FROM "Session" WHERE "cohortId" = ${cohortId}::uuid AND status = 'SCHEDULED'
    )
    SELECT m."userId" FROM members m
     WHERE (${userId}::uuid IS NULL OR m."userId" = ${userId}::uuid)
       AND EXISTS (SELECT 1 FROM required)
       AND NOT EXISTS (SELECT 1 FROM required r WHERE NOT EXISTS (
             SELECT 1 FROM "SessionCompletion" c WHERE c."sessionId" = r.id AND c."userId" = m."userId"))
     ORDER BY m."userId"`;
  return rows.map((row) => row.userId);
}
