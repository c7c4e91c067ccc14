-- Open Badges credentials with embedded Data Integrity proofs (eddsa-rdfc-2022), and status lists
-- per issuer. Signing cannot happen in SQL: credentials issued before this migration get their
-- Data Integrity form from BadgeIssuance.backfillDataIntegrity (run by the worker at start-up),
-- which keeps their id, dates and status index.

-- The credential JSON with its proof, as signed (json keeps its key order; jsonb would not); null only for credentials the backfill has not reached yet.
ALTER TABLE "BadgeCredential" ADD COLUMN "credential" JSON;

-- Whose list it is: the status list credential's issuer is the credentials' issuer. Null for lists
-- opened before per-issuer lists (issued by the association's DID); no new index goes to those.
ALTER TABLE "BadgeStatusList" ADD COLUMN "issuerId" UUID;

-- CreateIndex
CREATE INDEX "BadgeStatusList_issuerId_idx" ON "BadgeStatusList"("issuerId");

-- AddForeignKey
ALTER TABLE "BadgeStatusList" ADD CONSTRAINT "BadgeStatusList_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "BadgeIssuer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- An older list whose credentials all come from one issuer becomes that issuer's list.
UPDATE "BadgeStatusList" AS list
SET "issuerId" = single."issuerId"
FROM (
  SELECT c."statusListId", (array_agg(DISTINCT a."issuerId"))[1] AS "issuerId"
  FROM "BadgeCredential" c
  JOIN "BadgeAward" w ON w.id = c."awardId"
  JOIN "Achievement" a ON a.id = w."achievementId"
  GROUP BY c."statusListId"
  HAVING count(DISTINCT a."issuerId") = 1
) AS single
WHERE list.id = single."statusListId";
