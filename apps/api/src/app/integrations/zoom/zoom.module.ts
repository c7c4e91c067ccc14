import { Module } from '@nestjs/common';
import { CompletionsModule } from '../../completions/completions.module.js';
import { ZoomAttendanceService } from './zoom-attendance.service.js';
import { ZoomWebhookController } from './zoom-webhook.controller.js';

@Module({
  imports: [CompletionsModule],
  controllers: [ZoomWebhookController],
  providers: [ZoomAttendanceService],
})
export class ZoomModule {}
