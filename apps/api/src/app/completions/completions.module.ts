import { Module } from '@nestjs/common';
import { CompletionRecorder } from './completion-recorder.service.js';
import { CompletionsController } from './completions.controller.js';
import { CompletionsService } from './completions.service.js';
import { PendingAttendanceService } from './pending-attendance.service.js';

@Module({
  controllers: [CompletionsController],
  providers: [CompletionRecorder, CompletionsService, PendingAttendanceService],
  exports: [CompletionRecorder, PendingAttendanceService],
})
export class CompletionsModule {}
