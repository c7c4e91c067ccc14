import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { DiscordLinkCodeDto, DiscordLinkDto } from './dto/discord-link.dto.js';
import { DiscordLinkService } from './discord-link.service.js';

@ApiTags('discord')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me')
export class DiscordLinkController {
  constructor(private readonly links: DiscordLinkService) {}

  @Post('discord-link-code')
  @ApiOperation({
    summary: 'Get a one-time code to link my Discord account',
    description:
      'Type the code into the Stacks bot as `/link code:<code>` within 10 minutes. It works once; asking for a new code cancels the previous one. Only a hash of the code is stored.',
  })
  @ApiCreatedResponse({ type: DiscordLinkCodeDto })
  issueCode(@CurrentUser() user: AuthenticatedUser) {
    return this.links.issueCode(user.id);
  }

  @Get('discord-link')
  @ApiOperation({ summary: 'Which Discord account, if any, is linked to mine' })
  @ApiOkResponse({ type: DiscordLinkDto })
  current(@CurrentUser() user: AuthenticatedUser) {
    return this.links.current(user.id);
  }

  @Delete('discord-link')
  @HttpCode(204)
  @ApiOperation({ summary: 'Unlink my Discord account (and cancel any unused code)' })
  @ApiNoContentResponse()
  async unlink(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.links.unlink(user.id);
  }
}
