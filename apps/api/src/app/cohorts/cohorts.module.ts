import { Module } from '@nestjs/common';
import { AdminCohortsController, CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';

@Module({ controllers: [CohortsController, AdminCohortsController], providers: [CohortsService] })
export class CohortsModule {}
