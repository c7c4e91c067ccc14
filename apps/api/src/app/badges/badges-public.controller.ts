import { Body, Controller, Get, Headers, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../auth/auth.decorators.js';
import { BadgesService } from './badges.service.js';
import { AchievementDto, CredentialHolderDto, VerdictDto } from './dto/badges.dto.js';

const VC_JWT = 'application/vc+jwt';

/** Whether an Accept header asks for the JWS form (application/vc+jwt or application/jwt) rather than JSON. */
export function wantsJws(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => ['application/vc+jwt', 'application/jwt'].includes(range.split(';')[0].trim().toLowerCase()));
}

/** Everything a verifier or a curious visitor needs, without an account. */
@ApiTags('badges')
@Public()
@Controller()
export class BadgesPublicController {
  constructor(private readonly badges: BadgesService) {}

  @Get('.well-known/did.json')
  @ApiOperation({ summary: 'DID document of the association (did:web): every badge signing key, current and retired' })
  @ApiOkResponse({ description: 'DID document' })
  rootDidDocument() {
    return this.badges.didDocument(null);
  }

  @Get('issuers/:slug/did.json')
  @ApiOperation({ summary: 'DID document of a division or office that issues badges (did:web:<host>:issuers:<slug>)' })
  @ApiParam({ name: 'slug', example: 'ala-ppo' })
  @ApiOkResponse({ description: 'DID document' })
  @ApiNotFoundResponse({ description: 'No such issuer' })
  issuerDidDocument(@Param('slug') slug: string) {
    return this.badges.didDocument(slug);
  }

  @Get('achievements')
  @ApiOperation({ summary: 'Every badge that can be earned, with its criteria' })
  @ApiOkResponse({ type: AchievementDto, isArray: true })
  achievements() {
    return this.badges.listAchievements();
  }

  @Get('achievements/:idOrSlug')
  @ApiOperation({ summary: 'An achievement as Open Badges 3.0 Achievement JSON' })
  @ApiParam({ name: 'idOrSlug', example: 'ltc-mfc-large-urban-dialogue-facilitation' })
  @ApiOkResponse({ description: 'Achievement JSON' })
  @ApiNotFoundResponse({ description: 'No such achievement' })
  achievement(@Param('idOrSlug') idOrSlug: string) {
    return this.badges.achievementJson(idOrSlug);
  }

  @Get('achievements/:idOrSlug/image.svg')
  @ApiOperation({ summary: 'The badge image of an achievement (not baked)' })
  @ApiParam({ name: 'idOrSlug', example: 'ltc-mfc-large-urban-dialogue-facilitation' })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'SVG image' })
  async achievementImage(@Param('idOrSlug') idOrSlug: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const svg = await this.badges.achievementImage(idOrSlug);
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=3600');
    return svg;
  }

  @Get('credentials/:credentialId')
  @ApiOperation({ summary: 'A credential as JSON, with its embedded Data Integrity proof (eddsa-rdfc-2022)' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiOkResponse({ description: 'OpenBadgeCredential JSON' })
  @ApiNotFoundResponse({ description: 'No such credential' })
  credential(@Param('credentialId') id: string) {
    return this.badges.credentialJson(id);
  }

  @Get('credentials/:credentialId/jws')
  @ApiOperation({ summary: 'A credential as its signed compact JWS (VC-JOSE, EdDSA); the payload is the credential with its proof' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiProduces(VC_JWT)
  @ApiOkResponse({ description: 'Compact JWS' })
  async credentialJws(@Param('credentialId') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const jws = await this.badges.credentialJws(id);
    reply.type(VC_JWT);
    return jws;
  }

  @Get('credentials/:credentialId/holder')
  @ApiOperation({
    summary: 'Whom a credential was awarded to: the name its public page shows',
    description: 'The signed credential names its holder only by a salted e-mail hash; verification pages show this name beside it.',
  })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiOkResponse({ type: CredentialHolderDto })
  @ApiNotFoundResponse({ description: 'No such credential' })
  credentialHolder(@Param('credentialId') id: string): Promise<CredentialHolderDto> {
    return this.badges.credentialHolder(id);
  }

  @Get('credentials/:credentialId/page')
  @ApiOperation({ summary: 'A credential’s public page: who earned what, when, from whom, and whether it is still valid' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML page' })
  async credentialPage(@Param('credentialId') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const html = await this.badges.credentialPage(id);
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'")
      .header('x-content-type-options', 'nosniff');
    return html;
  }

  @Get('credentials/:credentialId/badge.svg')
  @ApiOperation({ summary: 'The badge as an SVG image with the credential JSON baked in (openbadges:credential, CDATA)' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiProduces('image/svg+xml')
  @ApiOkResponse({ description: 'Baked SVG' })
  async bakedSvg(@Param('credentialId') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const svg = await this.badges.bakedSvg(id);
    reply.type('image/svg+xml').header('content-disposition', `attachment; filename="badge-${id}.svg"`);
    return svg;
  }

  @Get('credentials/:credentialId/badge.png')
  @ApiOperation({ summary: 'The badge as a PNG image with the credential JSON baked in (iTXt chunk openbadgecredential)' })
  @ApiParam({ name: 'credentialId', format: 'uuid' })
  @ApiProduces('image/png')
  @ApiOkResponse({ description: 'Baked PNG' })
  async bakedPng(@Param('credentialId') id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const png = await this.badges.bakedPng(id);
    reply.type('image/png').header('content-disposition', `attachment; filename="badge-${id}.png"`);
    return png;
  }

  @Get('status-lists/:id')
  @ApiOperation({
    summary: 'A revocation status list: a BitstringStatusListCredential signed by the credentials’ issuer',
    description:
      'JSON with a Data Integrity proof (eddsa-rdfc-2022); send `Accept: application/vc+jwt` for the compact JWS. ' +
      'The worker signs it after every revocation and well before its validUntil (twice max-age); the API serves the signed copy. ' +
      'Verifiers may cache it for the Cache-Control max-age and revalidate with its ETag: a revocation shows within that time.',
  })
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiProduces('application/vc+ld+json', VC_JWT)
  @ApiOkResponse({ description: 'The status list credential, with an ETag' })
  @ApiResponse({ status: 304, description: 'If-None-Match names the list as it is now signed' })
  @ApiNotFoundResponse({ description: 'No such list' })
  @ApiServiceUnavailableResponse({ description: 'A new list is waiting for its first signature (by the worker); see Retry-After' })
  async statusList(
    @Param('id') id: string,
    @Headers('accept') accept: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const list = await this.badges.statusList(id);
    reply.header('cache-control', `public, max-age=${list.maxAgeSeconds}`).header('vary', 'accept').header('etag', list.etag);
    if (ifNoneMatch?.split(',').some((tag) => tag.trim() === list.etag || tag.trim() === '*')) {
      reply.status(304);
      return '';
    }
    if (wantsJws(accept)) {
      reply.type(VC_JWT);
      return list.jws;
    }
    reply.type('application/vc+ld+json');
    return list.credential;
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Verify a credential: signature, issuer, schema, revocation status and dates, with the reasons',
    description:
      'Send a compact JWS (application/vc+jwt or text/plain), JSON `{ "credential": <JWS or credential object> }` or a credential object ' +
      '(with its embedded Data Integrity proof), or a baked badge image (image/png or image/svg+xml, old JWS or new JSON baking). ' +
      'Every readable submission gets a 200 verdict, valid or "invalid because …", with each check explained.',
  })
  @ApiConsumes('application/json', VC_JWT, 'text/plain', 'image/png', 'image/svg+xml')
  @ApiBody({ schema: { oneOf: [{ type: 'object', properties: { credential: {} } }, { type: 'string' }] } })
  @ApiOkResponse({ type: VerdictDto })
  @ApiBadRequestResponse({ description: 'Nothing to verify was sent' })
  verify(@Body() body: unknown, @Headers('content-type') contentType: string | undefined) {
    return this.badges.verify(body, contentType);
  }
}
