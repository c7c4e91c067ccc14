-- Signing moves to the worker: the API records what to issue, the worker signs it once.
-- CreateEnum
CREATE TYPE "BadgeIssuanceStatus" AS ENUM ('PENDING', 'ISSUED', 'FAILED');

-- CreateTable
CREATE TABLE "BadgeIssuanceRequest" (
    "id" UUID NOT NULL,
    "awardId" UUID NOT NULL,
    "replacesId" UUID,
    "subjectDid" TEXT,
    "reason" TEXT,
    "requestedById" UUID,
    "status" "BadgeIssuanceStatus" NOT NULL DEFAULT 'PENDING',
    "credentialId" UUID,
    "failure" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMPTZ(3),
    CONSTRAINT "BadgeIssuanceRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "BadgeIssuanceRequest_replacesId_key" ON "BadgeIssuanceRequest"("replacesId");

-- CreateIndex
CREATE UNIQUE INDEX "BadgeIssuanceRequest_credentialId_key" ON "BadgeIssuanceRequest"("credentialId");

-- CreateIndex
CREATE INDEX "BadgeIssuanceRequest_awardId_idx" ON "BadgeIssuanceRequest"("awardId");

-- AddForeignKey
ALTER TABLE "BadgeIssuanceRequest" ADD CONSTRAINT "BadgeIssuanceRequest_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "BadgeAward"("id") ON DELETE CASCADE ON UPDATE CASCADE;
