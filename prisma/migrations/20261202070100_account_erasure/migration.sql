-- Erased on request: the row stays, anonymised, because issued credentials hang off it.
ALTER TABLE "User" ADD COLUMN "deletedAt" TIMESTAMPTZ(3);
