import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { AdminOnly, type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { BadgesService } from './badges.service.js';
import { AdminBadgeDto, AdminBadgePageDto, AdminBadgeQueryDto, ManualAwardDto, ReissueDto, RevokeDto } from './dto/badges.dto.js';

@AdminOnly()
@Controller('admin')
export class AdminBadgesController {
  constructor(private readonly badges: BadgesService) {}

  @Get('badge-awards')
  @ApiOperation({ summary: 'Search issued credentials by learner, achievement and status' })
  @ApiOkResponse({ type: AdminBadgePageDto })
  search(@Query() query: AdminBadgeQueryDto) {
    return this.badges.search(query);
  }

  @Post('badge-awards')
  @ApiOperation({ summary: 'Award a badge by hand, with evidence (URL or narrative); audited' })
  @ApiCreatedResponse({ type: AdminBadgeDto })
  @ApiNotFoundResponse({ description: 'No such learner or achievement' })
  @ApiConflictResponse({ description: 'The learner already holds this achievement' })
  award(@CurrentUser() admin: AuthenticatedUser, @Body() body: ManualAwardDto) {
    return this.badges.manualAward(admin.id, body);
  }

  @Post('credentials/:credentialId/revoke')
  @ApiOperation({ summary: 'Revoke a credential with a reason; verifiers see it in the status list at once' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiCreatedResponse({ type: AdminBadgeDto })
  @ApiNotFoundResponse({ description: 'No such credential' })
  @ApiConflictResponse({ description: 'Already revoked' })
  revoke(@CurrentUser() admin: AuthenticatedUser, @Param('credentialId') id: string, @Body() body: RevokeDto) {
    return this.badges.revoke(admin.id, id, body.reason);
  }

  @Post('credentials/:credentialId/reissue')
  @ApiOperation({ summary: 'Re-issue a credential (fresh signature, dates and text); the old one is revoked as superseded' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiCreatedResponse({ type: AdminBadgeDto })
  @ApiNotFoundResponse({ description: 'No such credential' })
  @ApiConflictResponse({ description: 'Already re-issued' })
  reissue(@CurrentUser() admin: AuthenticatedUser, @Param('credentialId') id: string, @Body() body: ReissueDto) {
    return this.badges.reissue(admin.id, id, body.reason ?? null);
  }
}
