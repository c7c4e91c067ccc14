import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AuthService } from '../auth/auth.service.js';
import { ChangeEmailDto, ReauthenticationDto } from '../auth/dto/auth.dto.js';
import { AccountDataService } from './account-data.service.js';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { AccountDto } from './dto/account.dto.js';
import { MemberProfileDto } from './dto/member-profile.dto.js';
import { MeService } from './me.service.js';

@ApiTags('me')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me')
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly data: AccountDataService,
    private readonly auth: AuthService,
  ) {}

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

  @Patch('email')
  @ApiOperation({ summary: 'Change my e-mail address (needs my password); the new address must be verified again' })
  @ApiOkResponse({ type: AccountDto })
  @ApiForbiddenResponse({ description: 'The current password is incorrect' })
  @ApiConflictResponse({ description: 'Another account uses this address' })
  changeEmail(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangeEmailDto) {
    return this.me.changeEmail(user.id, body.email, body.currentPassword);
  }

  @Get('export')
  @ApiOperation({ summary: 'Everything Stacks holds about me, as one JSON document' })
  @ApiOkResponse({ description: 'Profile, enrolments, completion events, transcript, badges with their credentials, notification preferences and deliveries, Discord link' })
  export(@CurrentUser() user: AuthenticatedUser) {
    return this.data.export(user.id);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase my account (needs my password): personal data goes, issued credentials stay verifiable but name nobody' })
  @ApiNoContentResponse()
  @ApiForbiddenResponse({ description: 'The current password is incorrect' })
  async erase(@CurrentUser() user: AuthenticatedUser, @Body() body: ReauthenticationDto): Promise<void> {
    await this.auth.confirmPassword(user.id, body.currentPassword);
    await this.data.erase(user.id, user.id, 'self');
  }
}
