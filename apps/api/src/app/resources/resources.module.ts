import { Module } from '@nestjs/common';
import { AdminResourcesController, ResourcesController } from './resources.controller.js';
import { ResourcesService } from './resources.service.js';

@Module({ controllers: [ResourcesController, AdminResourcesController], providers: [ResourcesService] })
export class ResourcesModule {}
