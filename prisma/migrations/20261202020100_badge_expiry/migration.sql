-- Expiry: how to renew an achievement, and an index for "what expires when" (admin report, notices).
ALTER TABLE "Achievement" ADD COLUMN "renewalInstructions" TEXT;

CREATE INDEX "BadgeCredential_validUntil_idx" ON "BadgeCredential"("validUntil");
