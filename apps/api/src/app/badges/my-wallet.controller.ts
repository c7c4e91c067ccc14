import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { BadgesService } from './badges.service.js';
import { BadgeIssuanceDto } from './dto/badges.dto.js';
import { HolderDidDto, NewWalletExchangeDto, ReissueToDidDto, SetHolderDidDto, WalletExchangeDto } from './dto/wallet.dto.js';
import { WalletService } from './wallet.service.js';

@ApiTags('me')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me')
export class MyWalletController {
  constructor(
    private readonly wallet: WalletService,
    private readonly badges: BadgesService,
  ) {}

  @Post('badges/:credentialId/wallet-exchanges')
  @ApiOperation({ summary: '“Add to wallet”: a one-time, expiring exchange link and QR code for the Learner Credential Wallet' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiCreatedResponse({ type: NewWalletExchangeDto })
  @ApiNotFoundResponse({ description: 'No such credential of mine' })
  @ApiConflictResponse({ description: 'The credential was revoked' })
  createExchange(@CurrentUser() user: AuthenticatedUser, @Param('credentialId') credentialId: string) {
    return this.wallet.createExchange(user.id, credentialId);
  }

  @Get('wallet-exchanges/:exchangeId')
  @ApiOperation({ summary: 'Has my wallet taken the credential yet (and which DID did it present)?' })
  @ApiParam({ name: 'exchangeId', format: 'uuid' })
  @ApiOkResponse({ type: WalletExchangeDto })
  @ApiNotFoundResponse({ description: 'No such exchange of mine' })
  exchangeStatus(@CurrentUser() user: AuthenticatedUser, @Param('exchangeId') exchangeId: string) {
    return this.wallet.exchangeStatus(user.id, exchangeId);
  }

  @Get('holder-did')
  @ApiOperation({ summary: 'The wallet DID my badges may name me by' })
  @ApiOkResponse({ type: HolderDidDto })
  holderDid(@CurrentUser() user: AuthenticatedUser) {
    return this.wallet.holderDid(user.id);
  }

  @Put('holder-did')
  @ApiOperation({ summary: 'Save my wallet DID (did:key or did:web) for re-issues' })
  @ApiOkResponse({ type: HolderDidDto })
  setHolderDid(@CurrentUser() user: AuthenticatedUser, @Body() body: SetHolderDidDto) {
    return this.wallet.setHolderDid(user.id, body.did);
  }

  @Delete('holder-did')
  @HttpCode(204)
  @ApiOperation({ summary: 'Forget my wallet DID (credentials already issued keep theirs)' })
  @ApiNoContentResponse()
  async clearHolderDid(@CurrentUser() user: AuthenticatedUser) {
    await this.wallet.clearHolderDid(user.id);
  }

  @Post('badges/:credentialId/reissue-to-did')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Re-issue my credential naming my wallet DID as credentialSubject.id, signed by the worker; the old one stays in force until then and is ' +
      'superseded. Asking again for the same DID while it is pending returns the same request.',
  })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiAcceptedResponse({
    type: BadgeIssuanceDto,
    headers: { Location: { description: 'GET it until status is ISSUED: /api/v1/me/badge-issuances/{id}', schema: { type: 'string' } } },
  })
  @ApiBadRequestResponse({ description: 'Malformed credentialId or DID' })
  @ApiNotFoundResponse({ description: 'No such credential of mine' })
  @ApiConflictResponse({ description: 'Revoked, already re-issued, or already naming that DID' })
  @ApiUnprocessableEntityResponse({ description: 'No DID given and none saved' })
  async reissueToDid(
    @CurrentUser() user: AuthenticatedUser,
    @Param('credentialId') credentialId: string,
    @Body() body: ReissueToDidDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const issuance = await this.wallet.reissueToDid(user.id, credentialId, body.did);
    reply.header('Location', issuance.poll);
    return issuance;
  }

  @Get('badge-issuances/:issuanceId')
  @ApiOperation({ summary: 'My re-issue: PENDING until the worker has signed the new credential, then ISSUED with its id' })
  @ApiParam({ name: 'issuanceId', format: 'uuid' })
  @ApiOkResponse({ type: BadgeIssuanceDto })
  @ApiBadRequestResponse({ description: 'issuanceId is not a UUID' })
  @ApiNotFoundResponse({ description: 'No such issuance request of mine' })
  myIssuance(@CurrentUser() user: AuthenticatedUser, @Param('issuanceId') id: string) {
    return this.badges.myIssuance(user.id, id);
  }
}
