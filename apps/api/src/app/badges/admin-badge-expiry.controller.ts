import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { AdminOnly, type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { BadgeExpiryService } from './badge-expiry.service.js';
import { ExpiringPageDto, ExpiringQueryDto, UpdateAchievementDto } from './dto/badge-expiry.dto.js';

@AdminOnly()
@Controller('admin')
export class AdminBadgeExpiryController {
  constructor(private readonly expiry: BadgeExpiryService) {}

  @Get('badges/expiring')
  @ApiOperation({ summary: 'Credentials in force that expire within the next `within` days, soonest first, with holder and how to renew' })
  @ApiOkResponse({ type: ExpiringPageDto })
  expiring(@Query() query: ExpiringQueryDto) {
    return this.expiry.expiring(query);
  }

  @Patch('achievements/:idOrSlug')
  @ApiOperation({ summary: 'Set an achievement’s validity period (validForDays) and renewal instructions; audited' })
  @ApiParam({ name: 'idOrSlug', description: 'Achievement UUID or slug' })
  @ApiOkResponse({ description: 'The achievement’s new settings' })
  @ApiNotFoundResponse({ description: 'No such achievement' })
  updateAchievement(@CurrentUser() admin: AuthenticatedUser, @Param('idOrSlug') idOrSlug: string, @Body() body: UpdateAchievementDto) {
    return this.expiry.updateAchievement(admin.id, idOrSlug, body);
  }
}
