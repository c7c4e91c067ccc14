-- Sessions published as Discord guild scheduled events: the event id per session.
-- CreateTable
CREATE TABLE "DiscordScheduledEvent" (
    "sessionId" UUID NOT NULL,
    "guildId" TEXT NOT NULL,
    "discordEventId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "syncedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "DiscordScheduledEvent_pkey" PRIMARY KEY ("sessionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "DiscordScheduledEvent_discordEventId_key" ON "DiscordScheduledEvent"("discordEventId");

-- AddForeignKey
ALTER TABLE "DiscordScheduledEvent" ADD CONSTRAINT "DiscordScheduledEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
