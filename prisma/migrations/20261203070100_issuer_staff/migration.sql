-- Division staff: an ISSUER_ADMIN may award, revoke and re-issue only the badges of the issuers
-- listed for them in "IssuerStaff" (the association's ADMIN keeps everything).
ALTER TYPE "Role" ADD VALUE 'ISSUER_ADMIN';

CREATE TABLE "IssuerStaff" (
    "userId" UUID NOT NULL,
    "issuerId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IssuerStaff_pkey" PRIMARY KEY ("userId", "issuerId")
);

CREATE INDEX "IssuerStaff_issuerId_idx" ON "IssuerStaff"("issuerId");

ALTER TABLE "IssuerStaff" ADD CONSTRAINT "IssuerStaff_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "IssuerStaff" ADD CONSTRAINT "IssuerStaff_issuerId_fkey" FOREIGN KEY ("issuerId") REFERENCES "BadgeIssuer"("id") ON DELETE CASCADE ON UPDATE CASCADE;
