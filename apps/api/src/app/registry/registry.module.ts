import { Module } from '@nestjs/common';
import { AdminRegistryController, MyRegistryController, RegistryController } from './registry.controller.js';
import { RegistryService } from './registry.service.js';

@Module({ controllers: [RegistryController, MyRegistryController, AdminRegistryController], providers: [RegistryService] })
export class RegistryModule {}
