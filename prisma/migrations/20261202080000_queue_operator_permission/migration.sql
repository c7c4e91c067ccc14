-- Rights beyond a role; QUEUE_OPERATOR may change jobs in the queue dashboard.
CREATE TYPE "Permission" AS ENUM ('QUEUE_OPERATOR');

ALTER TABLE "User" ADD COLUMN "permissions" "Permission"[] DEFAULT ARRAY[]::"Permission"[];
