-- Imported attendance of e-mails no account uses yet, credited when the address is verified.
CREATE TABLE "PendingAttendance" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "minutesAttended" INTEGER NOT NULL,
    "firstJoinedAt" TIMESTAMPTZ(3),
    "importId" UUID,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PendingAttendance_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "PendingAttendance_sessionId_email_key" ON "PendingAttendance"("sessionId", "email");
CREATE INDEX "PendingAttendance_email_idx" ON "PendingAttendance"("email");

ALTER TABLE "PendingAttendance" ADD CONSTRAINT "PendingAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PendingAttendance" ADD CONSTRAINT "PendingAttendance_importId_fkey" FOREIGN KEY ("importId") REFERENCES "AttendanceImport"("id") ON DELETE SET NULL ON UPDATE CASCADE;
