-- Continuing-education hours: set per session by admins (else the session's length counts), and
-- the hours each issued credential states as creditsEarned.
ALTER TABLE "Session" ADD COLUMN "creditHours" DECIMAL(5,2),
    ADD CONSTRAINT "Session_creditHours_check" CHECK ("creditHours" IS NULL OR "creditHours" >= 0);

ALTER TABLE "BadgeCredential" ADD COLUMN "creditsEarned" DECIMAL(6,2);
