import { Module } from '@nestjs/common';
import { CalendarController, CalendarFeedSettingsController } from './calendar.controller.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';

@Module({ controllers: [CalendarController, CalendarFeedSettingsController], providers: [CalendarFeedsService] })
export class CalendarModule {}
