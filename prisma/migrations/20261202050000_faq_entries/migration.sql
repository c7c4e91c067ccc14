-- FAQ entries staff can edit (issue 18): seeded once from libs/answering/src/faq.ts, then owned by the database.
-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "variants" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "keywords" TEXT NOT NULL DEFAULT '',
    "answer" TEXT NOT NULL,
    "aspect" TEXT,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "programSlugs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "urls" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "datedByKeyDate" TEXT,
    "datedBySession" TEXT,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FaqEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FaqEntry_slug_key" ON "FaqEntry"("slug");
