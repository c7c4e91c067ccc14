import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { BadgesService } from './badges.service.js';
import { IssuerScopes } from './issuer-scope.js';
import {
  AdminBadgeDto,
  AdminBadgeIssuanceDto,
  AdminBadgeIssuanceListDto,
  AdminBadgeIssuanceQueryDto,
  AdminBadgePageDto,
  AdminBadgeQueryDto,
  ManualAwardDto,
  ReissueDto,
  RevokeDto,
} from './dto/badges.dto.js';

const POLL_LOCATION = { Location: { description: 'GET it until status is ISSUED: /api/v1/admin/badge-issuances/{id}', schema: { type: 'string' } } };

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
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Award a badge by hand, with evidence (URL or narrative); audited. The worker signs the credential: the answer is the PENDING request ' +
      'to poll. Repeating the same award (same admin, learner, achievement and evidence) returns the same request.',
  })
  @ApiAcceptedResponse({ type: AdminBadgeIssuanceDto, headers: POLL_LOCATION })
  @ApiNotFoundResponse({ description: 'No such learner or achievement' })
  @ApiConflictResponse({ description: 'The learner already holds this achievement, or has not verified their e-mail address' })
  async award(@CurrentUser() admin: AuthenticatedUser, @Body() body: ManualAwardDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const issuance = await this.badges.manualAward(admin.id, body, await this.scopes.of(admin));
    reply.header('Location', issuance.poll);
    return issuance;
  }

  @Get('badge-issuances')
  @ApiOperation({ summary: 'Credentials the worker has still to sign (PENDING) or could not (FAILED), newest first, at most 100' })
  @ApiOkResponse({ type: AdminBadgeIssuanceListDto })
  async issuances(@CurrentUser() admin: AuthenticatedUser, @Query() query: AdminBadgeIssuanceQueryDto) {
    return { items: await this.badges.adminIssuances(query.status, await this.scopes.of(admin)) };
  }

  @Get('badge-issuances/:issuanceId')
  @ApiOperation({ summary: 'A manual award or re-issue: PENDING until the worker has signed it, then ISSUED with the credential' })
  @ApiParam({ name: 'issuanceId', format: 'uuid' })
  @ApiOkResponse({ type: AdminBadgeIssuanceDto })
  @ApiBadRequestResponse({ description: 'issuanceId is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such issuance request' })
  async issuance(@CurrentUser() admin: AuthenticatedUser, @Param('issuanceId') id: string) {
    return this.badges.adminIssuance(id, await this.scopes.of(admin));
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
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Re-issue a credential (fresh signature, dates and text), signed by the worker; the old one stays in force until then and is revoked as ' +
      'superseded. Asking again while it is pending returns the same request.',
  })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiAcceptedResponse({ type: AdminBadgeIssuanceDto, headers: POLL_LOCATION })
  @ApiNotFoundResponse({ description: 'No such credential' })
  @ApiConflictResponse({ description: 'Already re-issued' })
  async reissue(@CurrentUser() admin: AuthenticatedUser, @Param('credentialId') id: string, @Body() body: ReissueDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const issuance = await this.badges.reissue(admin.id, id, body.reason ?? null, await this.scopes.of(admin));
    reply.header('Location', issuance.poll);
    return issuance;
  }
}
