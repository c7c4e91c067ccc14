-- The public halves of the badge signing keys, published by the worker (which holds the private
-- keys) so that the API can build DID documents without holding any private key. Rows are never
-- deleted by the apps: an older key stays listed so the credentials it signed keep verifying,
-- until an operator retires it (retiredAt).
CREATE TABLE "BadgeSigningKey" (
    "keyId" TEXT NOT NULL,
    "publicKeyJwk" JSONB NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "retiredAt" TIMESTAMPTZ(3),
    CONSTRAINT "BadgeSigningKey_pkey" PRIMARY KEY ("keyId")
);
