import { Module } from '@nestjs/common';
import { CompletionRecorder } from './completion-recorder.service.js';
import { CompletionsController } from './completions.controller.js';
import { CompletionsService } from './completions.service.js';
import { PendingAttendanceService } from './pending-attendance.service.js';
import { RecordingHeartbeatsController } from './recording-heartbeats.controller.js';
import { RecordingHeartbeatsService } from './recording-heartbeats.service.js';

@Module({
  controllers: [CompletionsController, RecordingHeartbeatsController],
  providers: [CompletionRecorder, CompletionsService, PendingAttendanceService, RecordingHeartbeatsService],
  exports: [CompletionRecorder, PendingAttendanceService],
})
export class CompletionsModule {}
