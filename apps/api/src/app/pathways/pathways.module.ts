import { Module } from '@nestjs/common';
import { BadgesModule } from '../badges/badges.module.js';
import { CompetenciesService } from './competencies.service.js';
import { AdminPathwaysController, MyPathwaysController, PathwaysPublicController } from './pathways.controller.js';
import { PathwaysService } from './pathways.service.js';

/** Pathways (tracks that stack badges into a certificate) and the competency framework with self-assessment. */
@Module({
  imports: [BadgesModule],
  controllers: [PathwaysPublicController, MyPathwaysController, AdminPathwaysController],
  providers: [PathwaysService, CompetenciesService],
})
export class PathwaysModule {}
