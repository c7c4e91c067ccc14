-- CreateTable
CREATE TABLE "DiscordLinkCode" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DiscordLinkCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DiscordLinkCode_codeHash_key" ON "DiscordLinkCode"("codeHash");

-- CreateIndex
CREATE INDEX "DiscordLinkCode_userId_idx" ON "DiscordLinkCode"("userId");

-- AddForeignKey
ALTER TABLE "DiscordLinkCode" ADD CONSTRAINT "DiscordLinkCode_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
