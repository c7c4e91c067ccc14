import { Module } from '@nestjs/common';
import { CompletionRecorder } from './completion-recorder.service.js';
import { CompletionsController } from './completions.controller.js';
import { CompletionsService } from './completions.service.js';

@Module({
  controllers: [CompletionsController],
  providers: [CompletionRecorder, CompletionsService],
  exports: [CompletionRecorder],
})
export class CompletionsModule {}
