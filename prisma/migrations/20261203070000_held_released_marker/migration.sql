-- When what was held for an unverified address (imported attendance, earned badges) was last
-- released. Verifying sets it NULL in the same transaction as "emailVerifiedAt"; the release sets it
-- when done. A verified account with NULL here had its release interrupted (a crash between the
-- two), and the API finishes it at start-up and at the account's next sign-in. Accounts that exist
-- today have nothing pending; the column default keeps trusted paths (admins, the seed) released.
ALTER TABLE "User" ADD COLUMN "heldReleasedAt" TIMESTAMPTZ(3) DEFAULT CURRENT_TIMESTAMP;

