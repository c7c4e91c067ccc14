-- Every question members ask the bot or the web, with the answer given and the member's rating (issue 18).
-- CreateEnum
CREATE TYPE "AnswerRating" AS ENUM ('UP', 'DOWN');

-- CreateTable
CREATE TABLE "AskedQuestion" (
    "id" UUID NOT NULL,
    "question" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "entryId" TEXT,
    "confidence" DOUBLE PRECISION NOT NULL,
    "answered" BOOLEAN NOT NULL,
    "channel" TEXT NOT NULL,
    "rating" "AnswerRating",
    "ratedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AskedQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AskedQuestion_normalized_idx" ON "AskedQuestion"("normalized");

-- CreateIndex
CREATE INDEX "AskedQuestion_createdAt_idx" ON "AskedQuestion"("createdAt");
