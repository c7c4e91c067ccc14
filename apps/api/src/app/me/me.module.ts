import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { AccountDataService } from './account-data.service.js';
import { MeController } from './me.controller.js';
import { MeService } from './me.service.js';

@Module({ imports: [AuthModule, ProgressModule], controllers: [MeController], providers: [MeService, AccountDataService], exports: [AccountDataService] })
export class MeModule {}
