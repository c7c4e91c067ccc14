-- A cohort's own badge (issue 20): the members of its selected teams who complete every one of its
-- sessions earn it, issued by the worker. One achievement per cohort at most.
ALTER TYPE "AchievementRule" ADD VALUE 'COHORT_COMPLETED';

ALTER TABLE "Achievement" ADD COLUMN "cohortId" UUID;
CREATE UNIQUE INDEX "Achievement_cohortId_key" ON "Achievement"("cohortId");
ALTER TABLE "Achievement" ADD CONSTRAINT "Achievement_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- Only a cohort badge names a cohort (compared as text: the new enum value is not usable in this transaction).
ALTER TABLE "Achievement" ADD CONSTRAINT "Achievement_cohort_rule_check" CHECK ("cohortId" IS NULL OR "rule"::text = 'COHORT_COMPLETED');
