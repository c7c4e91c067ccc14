-- Live attendance from Zoom webhooks, recording playback from heartbeats, per-session completion rules.
ALTER TYPE "CompletionSource" ADD VALUE 'ZOOM_WEBHOOK';

CREATE TYPE "RecordingCompletion" AS ENUM ('WATCHED_TIME_ONLY', 'SELF_REPORT_ALLOWED');

-- Sessions that exist keep the rule they were created under (a stated share counts); new ones
-- count watched time only.
ALTER TABLE "Session"
  ADD COLUMN "recordingCompletion" "RecordingCompletion" NOT NULL DEFAULT 'SELF_REPORT_ALLOWED',
  ADD COLUMN "attendanceMinMinutes" INTEGER,
  ADD COLUMN "attendanceMinPercent" INTEGER,
  ADD COLUMN "zoomMeetingId" TEXT;
ALTER TABLE "Session" ALTER COLUMN "recordingCompletion" SET DEFAULT 'WATCHED_TIME_ONLY';

CREATE UNIQUE INDEX "Session_zoomMeetingId_key" ON "Session"("zoomMeetingId");

CREATE TABLE "ZoomParticipantInterval" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "stayKey" TEXT NOT NULL,
    "joinedAt" TIMESTAMPTZ(3),
    "leftAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ZoomParticipantInterval_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "ZoomParticipantInterval_sessionId_stayKey_key" ON "ZoomParticipantInterval"("sessionId", "stayKey");
CREATE INDEX "ZoomParticipantInterval_sessionId_email_idx" ON "ZoomParticipantInterval"("sessionId", "email");

ALTER TABLE "ZoomParticipantInterval" ADD CONSTRAINT "ZoomParticipantInterval_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "RecordingPlayback" (
    "userId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "segments" JSONB NOT NULL DEFAULT '[]',
    "watchedSeconds" INTEGER NOT NULL DEFAULT 0,
    "lastHeartbeatAt" TIMESTAMPTZ(3),
    "lastPosition" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RecordingPlayback_pkey" PRIMARY KEY ("userId", "sessionId")
);

CREATE INDEX "RecordingPlayback_sessionId_idx" ON "RecordingPlayback"("sessionId");

ALTER TABLE "RecordingPlayback" ADD CONSTRAINT "RecordingPlayback_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "RecordingPlayback" ADD CONSTRAINT "RecordingPlayback_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;
