-- Status lists are signed by the worker and stored; the API serves the stored copy and never signs.
-- `revision` counts the changes to a list's bits (each revocation bumps it in its transaction);
-- `signedRevision` is the revision the stored signature covers, so a list is stale while
-- signedRevision < revision, and unsigned while it is null.
ALTER TABLE "BadgeStatusList"
    ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "signedRevision" INTEGER,
    ADD COLUMN "signedCredential" JSONB,
    ADD COLUMN "signedJws" TEXT,
    ADD COLUMN "signedAt" TIMESTAMPTZ(3),
    ADD COLUMN "signedValidUntil" TIMESTAMPTZ(3);
