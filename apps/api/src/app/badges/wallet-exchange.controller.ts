import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { WalletService } from './wallet.service.js';

/** The wallet's end of "Add to wallet". Public: the link itself is the (one-time) key. */
@ApiTags('badges')
@Public()
@Controller('exchanges')
export class WalletExchangeController {
  constructor(private readonly wallet: WalletService) {}

  @Post(':exchangeId')
  @HttpCode(200)
  @ApiOperation({
    summary: 'VC-API exchange for the Learner Credential Wallet: {} → a DIDAuthentication request; the DIDAuth presentation → the credential, once',
  })
  @ApiParam({ name: 'exchangeId', description: 'The token from the wallet link (43 base64url characters)' })
  @ApiBody({ required: false, schema: { type: 'object', description: '{} to start, then { verifiablePresentation } (or the bare presentation)' } })
  @ApiOkResponse({ description: '{ verifiablePresentationRequest } or { verifiablePresentation: { verifiableCredential: [credential] } }' })
  @ApiBadRequestResponse({
    description:
      'Malformed link, or a DIDAuth presentation that fails a check, named with its field and rule: signature (Ed25519Signature2020 or eddsa-rdfc-2022), ' +
      'challenge, domain, age (fresh), DID method (did:key only), or a holder other than the DID the credential names (matchesCredentialSubject)',
  })
  @ApiNotFoundResponse({ description: 'No such exchange' })
  @ApiConflictResponse({ description: 'Already used' })
  @ApiGoneResponse({ description: 'Expired' })
  participate(@Param('exchangeId') token: string, @Body() body: unknown) {
    return this.wallet.participate(token, body);
  }
}
