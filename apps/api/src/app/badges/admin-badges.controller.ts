import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { AdminOnly, type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { BadgesService } from './badges.service.js';
import { IssuerScopes } from './issuer-scope.js';
import { AdminBadgeDto, AdminBadgePageDto, AdminBadgeQueryDto, ManualAwardDto, ReissueDto, RevokeDto } from './dto/badges.dto.js';

/** Open to division staff (ISSUER_ADMIN) as well, for the badges of the issuers they staff only. */
@AdminOnly('ISSUER_ADMIN')
@Controller('admin')
export class AdminBadgesController {
  constructor(
    private readonly badges: BadgesService,
    private readonly scopes: IssuerScopes,
  ) {}

  @Get('badge-awards')
  @ApiOperation({ summary: 'Search issued credentials by learner, achievement and status (division staff: their issuers’ only)' })
  @ApiOkResponse({ type: AdminBadgePageDto })
  @ApiBadRequestResponse({ description: 'A query parameter breaks a rule' })
  async search(@CurrentUser() admin: AuthenticatedUser, @Query() query: AdminBadgeQueryDto) {
    return this.badges.search(query, await this.scopes.of(admin));
  }

  @Post('badge-awards')
  @ApiOperation({ summary: 'Award a badge by hand, with evidence (URL or narrative); audited' })
  @ApiCreatedResponse({ type: AdminBadgeDto })
  @ApiNotFoundResponse({ description: 'No such learner or achievement' })
  @ApiConflictResponse({ description: 'The learner already holds this achievement' })
  async award(@CurrentUser() admin: AuthenticatedUser, @Body() body: ManualAwardDto) {
    return this.badges.manualAward(admin.id, body, await this.scopes.of(admin));
  }

  @Post('credentials/:credentialId/revoke')
  @ApiOperation({ summary: 'Revoke a credential with a reason; verifiers see it in the status list at once' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiCreatedResponse({ type: AdminBadgeDto })
  @ApiNotFoundResponse({ description: 'No such credential' })
  @ApiConflictResponse({ description: 'Already revoked' })
  async revoke(@CurrentUser() admin: AuthenticatedUser, @Param('credentialId') id: string, @Body() body: RevokeDto) {
    return this.badges.revoke(admin.id, id, body.reason, await this.scopes.of(admin));
  }

  @Post('credentials/:credentialId/reissue')
  @ApiOperation({ summary: 'Re-issue a credential (fresh signature, dates and text); the old one is revoked as superseded' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiCreatedResponse({ type: AdminBadgeDto })
  @ApiNotFoundResponse({ description: 'No such credential' })
  @ApiConflictResponse({ description: 'Already re-issued' })
  async reissue(@CurrentUser() admin: AuthenticatedUser, @Param('credentialId') id: string, @Body() body: ReissueDto) {
    return this.badges.reissue(admin.id, id, body.reason ?? null, await this.scopes.of(admin));
  }
}
