import { Module } from '@nestjs/common';
import { DiscordLinkController } from './discord-link.controller.js';
import { DiscordLinkService } from './discord-link.service.js';

@Module({ controllers: [DiscordLinkController], providers: [DiscordLinkService], exports: [DiscordLinkService] })
export class DiscordLinkModule {}
