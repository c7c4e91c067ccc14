import { Module } from '@nestjs/common';
import { AskRateLimitGuard } from './ask-rate-limit.guard.js';
import { AskController } from './ask.controller.js';
import { AskService } from './ask.service.js';

@Module({ controllers: [AskController], providers: [AskService, AskRateLimitGuard], exports: [AskService] })
export class AskModule {}
