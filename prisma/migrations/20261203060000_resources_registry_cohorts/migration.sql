-- Resources of programs and sessions, the program registry and cohorts (issue 20).
-- CreateEnum
CREATE TYPE "ResourceKind" AS ENUM ('WORKSHEET', 'CONVERSATION_GUIDE', 'BOOKLIST', 'RECORDING', 'OTHER');

-- CreateEnum
CREATE TYPE "RegistryStatus" AS ENUM ('PENDING', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED');

-- CreateEnum
CREATE TYPE "CohortApplicationStatus" AS ENUM ('SUBMITTED', 'SELECTED', 'DECLINED');

-- AlterTable
ALTER TABLE "Session" ADD COLUMN "cohortId" UUID;

-- CreateTable
CREATE TABLE "Resource" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "programId" UUID,
    "sessionId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "kind" "ResourceKind" NOT NULL,
    "url" TEXT,
    "audience" TEXT NOT NULL DEFAULT '',
    "libraryTypes" "LibraryType"[],
    "fileName" TEXT,
    "fileType" TEXT,
    "fileSize" INTEGER,
    "fileSha256" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Resource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResourceFile" (
    "resourceId" UUID NOT NULL,
    "content" BYTEA NOT NULL,

    CONSTRAINT "ResourceFile_pkey" PRIMARY KEY ("resourceId")
);

-- CreateTable
CREATE TABLE "RegistrySubmission" (
    "id" UUID NOT NULL,
    "submitterId" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "libraryName" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "languages" TEXT[],
    "description" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "status" "RegistryStatus" NOT NULL DEFAULT 'PENDING',
    "reviewNote" TEXT,
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "publishedAt" TIMESTAMPTZ(3),
    "decisionCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RegistrySubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Cohort" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "programId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "selectedCount" INTEGER NOT NULL DEFAULT 0,
    "questions" TEXT[],
    "applicationsCloseAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Cohort_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortApplication" (
    "id" UUID NOT NULL,
    "cohortId" UUID NOT NULL,
    "applicantId" UUID NOT NULL,
    "libraryName" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "answers" TEXT[],
    "status" "CohortApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "decisionReason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CohortApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CohortTeamMember" (
    "id" UUID NOT NULL,
    "applicationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" TEXT,

    CONSTRAINT "CohortTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Session_cohortId_idx" ON "Session"("cohortId");

-- CreateIndex
CREATE UNIQUE INDEX "Resource_slug_key" ON "Resource"("slug");

-- CreateIndex
CREATE INDEX "Resource_programId_idx" ON "Resource"("programId");

-- CreateIndex
CREATE INDEX "Resource_sessionId_idx" ON "Resource"("sessionId");

-- CreateIndex
CREATE INDEX "RegistrySubmission_status_date_idx" ON "RegistrySubmission"("status", "date");

-- CreateIndex
CREATE INDEX "RegistrySubmission_submitterId_idx" ON "RegistrySubmission"("submitterId");

-- CreateIndex
CREATE INDEX "RegistrySubmission_programId_idx" ON "RegistrySubmission"("programId");

-- CreateIndex
CREATE UNIQUE INDEX "Cohort_slug_key" ON "Cohort"("slug");

-- CreateIndex
CREATE INDEX "Cohort_programId_idx" ON "Cohort"("programId");

-- CreateIndex
CREATE INDEX "CohortApplication_cohortId_status_idx" ON "CohortApplication"("cohortId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CohortApplication_cohortId_applicantId_key" ON "CohortApplication"("cohortId", "applicantId");

-- CreateIndex
CREATE INDEX "CohortTeamMember_email_idx" ON "CohortTeamMember"("email");

-- CreateIndex
CREATE UNIQUE INDEX "CohortTeamMember_applicationId_email_key" ON "CohortTeamMember"("applicationId", "email");

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResourceFile" ADD CONSTRAINT "ResourceFile_resourceId_fkey" FOREIGN KEY ("resourceId") REFERENCES "Resource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrySubmission" ADD CONSTRAINT "RegistrySubmission_submitterId_fkey" FOREIGN KEY ("submitterId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrySubmission" ADD CONSTRAINT "RegistrySubmission_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrySubmission" ADD CONSTRAINT "RegistrySubmission_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortApplication" ADD CONSTRAINT "CohortApplication_cohortId_fkey" FOREIGN KEY ("cohortId") REFERENCES "Cohort"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortApplication" ADD CONSTRAINT "CohortApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortApplication" ADD CONSTRAINT "CohortApplication_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CohortTeamMember" ADD CONSTRAINT "CohortTeamMember_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "CohortApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The selection's conditional increment keeps selectedCount within capacity; the check is the last word.
ALTER TABLE "Cohort" ADD CONSTRAINT "Cohort_selected_within_capacity" CHECK ("selectedCount" >= 0 AND "selectedCount" <= "capacity");

-- Resources are searched like programs and sessions (the catalogue's own search document).
CREATE INDEX "Resource_search_idx" ON "Resource" USING GIN ("stacks_search_document"("title", "description" || ' ' || "audience", NULL::TEXT, NULL::TEXT[]));

-- A resource hangs off a program, a session, or both (a session's resource names its program too).
ALTER TABLE "Resource" ADD CONSTRAINT "Resource_attached_check" CHECK ("programId" IS NOT NULL OR "sessionId" IS NOT NULL);
