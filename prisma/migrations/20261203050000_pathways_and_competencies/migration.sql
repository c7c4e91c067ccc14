-- Pathways (tracks that stack badges into a certificate), competencies and self-assessment (issue 20).
ALTER TYPE "AchievementRule" ADD VALUE 'PATHWAY_COMPLETED';

ALTER TABLE "Achievement" ADD COLUMN "achievementType" TEXT NOT NULL DEFAULT 'Badge';

CREATE TYPE "PathwayRevocationPolicy" AS ENUM ('REVOKE', 'KEEP');

CREATE TABLE "Pathway" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "requirements" JSONB NOT NULL,
    "deadline" TIMESTAMPTZ(3),
    "revocationPolicy" "PathwayRevocationPolicy" NOT NULL DEFAULT 'REVOKE',
    "achievementId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Pathway_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Pathway_slug_key" ON "Pathway"("slug");
CREATE UNIQUE INDEX "Pathway_achievementId_key" ON "Pathway"("achievementId");
ALTER TABLE "Pathway" ADD CONSTRAINT "Pathway_achievementId_fkey" FOREIGN KEY ("achievementId") REFERENCES "Achievement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Competency" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "category" TEXT,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Competency_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Competency_slug_key" ON "Competency"("slug");

CREATE TABLE "AchievementCompetency" (
    "achievementId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    CONSTRAINT "AchievementCompetency_pkey" PRIMARY KEY ("achievementId", "competencyId")
);
CREATE INDEX "AchievementCompetency_competencyId_idx" ON "AchievementCompetency"("competencyId");
ALTER TABLE "AchievementCompetency" ADD CONSTRAINT "AchievementCompetency_achievementId_fkey" FOREIGN KEY ("achievementId") REFERENCES "Achievement"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AchievementCompetency" ADD CONSTRAINT "AchievementCompetency_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SelfAssessment" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "competencyId" UUID NOT NULL,
    "rating" INTEGER NOT NULL,
    "note" TEXT,
    "idempotencyKey" TEXT,
    "assessedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SelfAssessment_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SelfAssessment_rating_check" CHECK ("rating" BETWEEN 1 AND 5)
);
CREATE UNIQUE INDEX "SelfAssessment_userId_idempotencyKey_key" ON "SelfAssessment"("userId", "idempotencyKey");
CREATE INDEX "SelfAssessment_userId_competencyId_assessedAt_idx" ON "SelfAssessment"("userId", "competencyId", "assessedAt");
CREATE INDEX "SelfAssessment_competencyId_idx" ON "SelfAssessment"("competencyId");
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SelfAssessment" ADD CONSTRAINT "SelfAssessment_competencyId_fkey" FOREIGN KEY ("competencyId") REFERENCES "Competency"("id") ON DELETE CASCADE ON UPDATE CASCADE;
