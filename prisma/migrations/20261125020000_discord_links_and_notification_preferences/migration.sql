-- CreateTable
CREATE TABLE "DiscordAccountLink" (
    "userId" UUID NOT NULL,
    "discordUserId" TEXT NOT NULL,
    "linkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DiscordAccountLink_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "emailEnabled" BOOLEAN NOT NULL DEFAULT true,
    "discordEnabled" BOOLEAN NOT NULL DEFAULT true,
    "remindersEnabled" BOOLEAN NOT NULL DEFAULT true,
    "nudgesEnabled" BOOLEAN NOT NULL DEFAULT true,
    "weeklyDigest" BOOLEAN NOT NULL DEFAULT false,
    "quietHoursStart" INTEGER,
    "quietHoursEnd" INTEGER,
    "unsubscribedAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId"),
    CONSTRAINT "NotificationPreference_quiet_hours_check" CHECK (
        ("quietHoursStart" IS NULL) = ("quietHoursEnd" IS NULL)
        AND ("quietHoursStart" IS NULL OR ("quietHoursStart" BETWEEN 0 AND 1439 AND "quietHoursEnd" BETWEEN 0 AND 1439))
    )
);

-- CreateIndex
CREATE UNIQUE INDEX "DiscordAccountLink_discordUserId_key" ON "DiscordAccountLink"("discordUserId");

-- AddForeignKey
ALTER TABLE "DiscordAccountLink" ADD CONSTRAINT "DiscordAccountLink_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
