import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { AskModule } from '../ask/ask.module.js';
import { CompletionsModule } from '../completions/completions.module.js';
import { MeModule } from '../me/me.module.js';
import { ProgressModule } from '../progress/progress.module.js';
import { AdminAccountsService } from './admin-accounts.service.js';
import { AdminCatalogueController } from './admin-catalogue.controller.js';
import { AdminCatalogueService } from './admin-catalogue.service.js';
import { AdminFaqController } from './admin-faq.controller.js';
import { AdminFaqService } from './admin-faq.service.js';
import { AdminLearnersController } from './admin-learners.controller.js';
import { AdminQuestionsController } from './admin-questions.controller.js';
import { AdminLearnersService } from './admin-learners.service.js';
import { AdminSessionsController } from './admin-sessions.controller.js';
import { AdminSessionsService } from './admin-sessions.service.js';
import { AttendanceImportService } from './attendance-import.service.js';

@Module({
  imports: [AskModule, CompletionsModule, ProgressModule, AuthModule, MeModule],
  controllers: [AdminLearnersController, AdminSessionsController, AdminCatalogueController, AdminFaqController, AdminQuestionsController],
  providers: [AdminAccountsService, AdminCatalogueService, AdminFaqService, AdminLearnersService, AdminSessionsService, AttendanceImportService],
})
export class AdminModule {}
