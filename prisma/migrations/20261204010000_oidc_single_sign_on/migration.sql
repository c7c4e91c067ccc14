-- Single sign-on with the member identity provider (OpenID Connect): linked provider accounts,
-- sign-ins under way (keyed by the hash of a browser cookie's handle) and SSO sessions' ID tokens.
CREATE TABLE "OidcIdentity" (
    "id" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "linkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OidcIdentity_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "OidcIdentity_issuer_subject_key" ON "OidcIdentity"("issuer", "subject");
CREATE INDEX "OidcIdentity_userId_idx" ON "OidcIdentity"("userId");

CREATE TABLE "OidcSignIn" (
    "id" UUID NOT NULL,
    "handleHash" TEXT NOT NULL,
    "stateHash" TEXT NOT NULL,
    "nonce" TEXT NOT NULL,
    "codeVerifier" TEXT NOT NULL,
    "next" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "usedAt" TIMESTAMPTZ(3),
    "userId" UUID,
    "handoffHash" TEXT,
    "idToken" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OidcSignIn_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "OidcSignIn_handleHash_key" ON "OidcSignIn"("handleHash");
CREATE UNIQUE INDEX "OidcSignIn_handoffHash_key" ON "OidcSignIn"("handoffHash");
CREATE INDEX "OidcSignIn_expiresAt_idx" ON "OidcSignIn"("expiresAt");

CREATE TABLE "OidcSession" (
    "sessionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "idToken" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OidcSession_pkey" PRIMARY KEY ("sessionId")
);

CREATE INDEX "OidcSession_userId_idx" ON "OidcSession"("userId");
CREATE INDEX "OidcSession_createdAt_idx" ON "OidcSession"("createdAt");

ALTER TABLE "OidcIdentity" ADD CONSTRAINT "OidcIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OidcSignIn" ADD CONSTRAINT "OidcSignIn_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OidcSession" ADD CONSTRAINT "OidcSession_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
