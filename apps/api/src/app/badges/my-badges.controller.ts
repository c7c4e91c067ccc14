import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { BadgesService } from './badges.service.js';
import { BadgeDto } from './dto/badges.dto.js';

@ApiTags('me')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me')
export class MyBadgesController {
  constructor(private readonly badges: BadgesService) {}

  @Get('badges')
  @ApiOperation({ summary: 'My badges, each with its share link (public page) and JSON / signed / baked image downloads' })
  @ApiOkResponse({ type: BadgeDto, isArray: true })
  myBadges(@CurrentUser() user: AuthenticatedUser) {
    return this.badges.myBadges(user.id);
  }
}
