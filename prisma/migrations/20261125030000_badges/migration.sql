-- CreateEnum
CREATE TYPE "AchievementRule" AS ENUM ('SERIES_COMPLETED', 'PROGRAM_COMPLETED', 'MANUAL');

-- CreateTable
CREATE TABLE "BadgeIssuer" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "email" TEXT,
    "isPrimary" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "BadgeIssuer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Achievement" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "issuerId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "criteriaNarrative" TEXT NOT NULL,
    "rule" "AchievementRule" NOT NULL,
    "seriesId" UUID,
    "programId" UUID,
    "imageUrl" TEXT,
    "tags" TEXT[],
    "validForDays" INTEGER,
    "alignment" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Achievement_pkey" PRIMARY KEY ("id"),
    -- A rule names what it watches; the expiry period, when set, is positive.
    CONSTRAINT "Achievement_rule_target_check" CHECK (
        ("rule" <> 'SERIES_COMPLETED' OR "seriesId" IS NOT NULL)
        AND ("rule" <> 'PROGRAM_COMPLETED' OR "programId" IS NOT NULL)
        AND ("validForDays" IS NULL OR "validForDays" > 0)
    )
);

-- CreateTable
CREATE TABLE "BadgeAward" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "achievementId" UUID NOT NULL,
    "awardedById" UUID,
    "evidenceUrl" TEXT,
    "evidenceNarrative" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BadgeAward_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BadgeStatusList" (
    "id" UUID NOT NULL,
    "size" INTEGER NOT NULL,
    "nextIndex" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BadgeStatusList_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "BadgeStatusList_size_check" CHECK ("size" >= 131072 AND "nextIndex" BETWEEN 0 AND "size")
);

-- CreateTable
CREATE TABLE "BadgeCredential" (
    "id" UUID NOT NULL,
    "awardId" UUID NOT NULL,
    "statusListId" UUID NOT NULL,
    "statusIndex" INTEGER NOT NULL,
    "keyId" TEXT NOT NULL,
    "jws" TEXT NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL,
    "validUntil" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "revocationReason" TEXT,
    "replacesId" UUID,
    CONSTRAINT "BadgeCredential_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "BadgeCredential_revocation_check" CHECK (("revokedAt" IS NULL) = ("revocationReason" IS NULL))
);

-- CreateIndex
CREATE UNIQUE INDEX "BadgeIssuer_slug_key" ON "BadgeIssuer"("slug");

-- At most one primary issuer (the association): its DID is the site's root did:web.
CREATE UNIQUE INDEX "BadgeIssuer_single_primary_key" ON "BadgeIssuer"("isPrimary") WHERE "isPrimary";

-- CreateIndex
CREATE UNIQUE INDEX "Achievement_slug_key" ON "Achievement"("slug");

-- CreateIndex
CREATE INDEX "Achievement_issuerId_idx" ON "Achievement"("issuerId");

-- CreateIndex
CREATE INDEX "Achievement_seriesId_idx" ON "Achievement"("seriesId");

-- CreateIndex
CREATE INDEX "Achievement_programId_idx" ON "Achievement"("programId");

-- CreateIndex
CREATE INDEX "BadgeAward_achievementId_idx" ON "BadgeAward"("achievementId");

-- CreateIndex
CREATE INDEX "BadgeAward_awardedById_idx" ON "BadgeAward"("awardedById");

-- CreateIndex
CREATE UNIQUE INDEX "BadgeAward_userId_achievementId_key" ON "BadgeAward"("userId", "achievementId");

-- CreateIndex
CREATE UNIQUE INDEX "BadgeCredential_replacesId_key" ON "BadgeCredential"("replacesId");

-- CreateIndex
CREATE INDEX "BadgeCredential_awardId_idx" ON "BadgeCredential"("awardId");

-- CreateIndex
CREATE UNIQUE INDEX "BadgeCredential_statusListId_statusIndex_key" ON "BadgeCredential"("statusListId", "statusIndex");

-- An award has at most one credential in force; re-issue revokes the old one in the same transaction.
CREATE UNIQUE INDEX "BadgeCredential_awardId_unrevoked_key" ON "BadgeCredential"("awardId") WHERE "revokedAt" IS NULL;

-- AddForeignKey
ALTER TABLE "Achievement" ADD CONSTRAINT "Achievement_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "BadgeIssuer"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Achievement" ADD CONSTRAINT "Achievement_seriesId_fkey" FOREIGN KEY ("seriesId") REFERENCES "Series"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Achievement" ADD CONSTRAINT "Achievement_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BadgeAward" ADD CONSTRAINT "BadgeAward_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BadgeAward" ADD CONSTRAINT "BadgeAward_awardedById_fkey" FOREIGN KEY ("awardedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BadgeAward" ADD CONSTRAINT "BadgeAward_achievementId_fkey" FOREIGN KEY ("achievementId") REFERENCES "Achievement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BadgeCredential" ADD CONSTRAINT "BadgeCredential_awardId_fkey" FOREIGN KEY ("awardId") REFERENCES "BadgeAward"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BadgeCredential" ADD CONSTRAINT "BadgeCredential_statusListId_fkey" FOREIGN KEY ("statusListId") REFERENCES "BadgeStatusList"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BadgeCredential" ADD CONSTRAINT "BadgeCredential_replacesId_fkey" FOREIGN KEY ("replacesId") REFERENCES "BadgeCredential"("id") ON DELETE SET NULL ON UPDATE CASCADE;
