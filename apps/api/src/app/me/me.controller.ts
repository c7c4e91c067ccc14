import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { AccountDto } from './dto/account.dto.js';
import { MemberProfileDto } from './dto/member-profile.dto.js';
import { MeService } from './me.service.js';

@ApiTags('me')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me')
export class MeController {
  constructor(private readonly me: MeService) {}

  @Get()
  @ApiOperation({ summary: 'My account and member profile' })
  @ApiOkResponse({ type: AccountDto })
  account(@CurrentUser() user: AuthenticatedUser) {
    return this.me.account(user.id);
  }

  @Patch('profile')
  @ApiOperation({ summary: 'Update my member profile (library type and size, role, time zone)' })
  @ApiOkResponse({ type: AccountDto })
  updateProfile(@CurrentUser() user: AuthenticatedUser, @Body() body: MemberProfileDto) {
    return this.me.updateProfile(user.id, body);
  }
}
