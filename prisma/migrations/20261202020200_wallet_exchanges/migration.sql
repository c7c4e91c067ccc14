-- Into a wallet: one-time VC-API exchanges, the learner's chosen holder DID, and the DID a credential names.
ALTER TABLE "BadgeCredential" ADD COLUMN "subjectDid" TEXT;

-- CreateTable
CREATE TABLE "WalletExchange" (
    "id" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "credentialId" UUID NOT NULL,
    "challenge" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "completedAt" TIMESTAMPTZ(3),
    "presentedDid" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WalletExchange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HolderDid" (
    "userId" UUID NOT NULL,
    "did" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "HolderDid_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "WalletExchange_tokenHash_key" ON "WalletExchange"("tokenHash");

-- CreateIndex
CREATE INDEX "WalletExchange_userId_idx" ON "WalletExchange"("userId");

-- CreateIndex
CREATE INDEX "WalletExchange_credentialId_idx" ON "WalletExchange"("credentialId");

-- AddForeignKey
ALTER TABLE "WalletExchange" ADD CONSTRAINT "WalletExchange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WalletExchange" ADD CONSTRAINT "WalletExchange_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "BadgeCredential"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HolderDid" ADD CONSTRAINT "HolderDid_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
