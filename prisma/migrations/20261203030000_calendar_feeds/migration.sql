-- Calendar feeds (issue 19). Each session's event carries an RFC 5545 SEQUENCE, raised whenever
-- its time, zone, status, place or join link changes, so subscribed calendars apply the revision.
ALTER TABLE "Session" ADD COLUMN "calendarSequence" INTEGER NOT NULL DEFAULT 0;

-- A learner's private calendar subscription: only the SHA-256 of the URL's token is kept.
-- CreateTable
CREATE TABLE "CalendarFeed" (
    "userId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");

-- AddForeignKey
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
