import { Body, Controller, Get, HttpCode, Inject, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../../api-prefix.js';
import { readCookie } from '../../common/cookies.js';
import { RateLimit, RateLimitName } from '../../rate-limit/rate-limit.js';
import { Public } from '../auth.decorators.js';
import { TokenPairDto } from '../dto/auth.dto.js';
import { SsoSessionDto, SsoStartQueryDto, SsoStatusDto } from './oidc.dto.js';
import { OidcProviderClient } from './oidc-provider-client.js';
import { OidcSignInService, SSO_FAILURE_REASONS, SsoFailure } from './oidc-sign-in.service.js';

/** Holds the random handle of this browser's sign-in; sent only to these routes, never readable by scripts. */
export const SSO_COOKIE = 'stacks_sso';
const SSO_COOKIE_PATH = `/${API_PREFIX}/auth/oidc`;
const SSO_COOKIE_MAX_AGE_SECONDS = 10 * 60;

const FAILURE_REDIRECT =
  'Every failure is a 303 to the web app’s sign-in page, `/sign-in?sso_error=<reason>` (plus `provider_error=<OAuth error code>` when the provider gave one), ' +
  `reason one of ${SSO_FAILURE_REASONS.join(', ')}. None says whether an account exists for an address.`;

/**
 * Single sign-on with the member identity provider. The two browser navigations (start, callback)
 * answer with redirects, failures included, so a person never lands on a JSON page; the web app's
 * JSON calls (status, redemption) answer JSON and problem+json. Without OIDC_ISSUER_URL every route
 * but the status is a 404 problem.
 */
@ApiTags('auth')
@Controller('auth/oidc')
export class OidcController {
  constructor(
    private readonly provider: OidcProviderClient,
    private readonly signIns: OidcSignInService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Whether single sign-on is on, and the provider name the sign-in button shows' })
  @ApiOkResponse({ type: SsoStatusDto })
  status(): SsoStatusDto {
    return this.provider.enabled
      ? { enabled: true, providerName: this.provider.providerName, startUrl: `/${API_PREFIX}/auth/oidc/start` }
      : { enabled: false, providerName: null, startUrl: null };
  }

  @Get('start')
  @Public()
  @RateLimit(RateLimitName.SingleSignOn)
  @ApiOperation({
    summary: 'Browser navigation: start signing in at the member identity provider',
    description:
      'Redirects (303) to the provider’s authorization endpoint with state, nonce and a PKCE S256 challenge, and sets an HttpOnly SameSite=Lax cookie ' +
      `holding a random handle of this sign-in (valid ${SSO_COOKIE_MAX_AGE_SECONDS / 60} minutes, single use). ${FAILURE_REDIRECT}`,
  })
  @ApiResponse({ status: 303, description: 'To the provider (or, when it cannot be reached, to /sign-in?sso_error=provider-unavailable)' })
  @ApiBadRequestResponse({ description: '`next` is not a path of this app' })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured on this server' })
  @ApiTooManyRequestsResponse({ description: 'Too many sign-ins from this address' })
  async start(@Query() query: SsoStartQueryDto, @Res() reply: FastifyReply): Promise<void> {
    this.provider.assertEnabled();
    try {
      const { authorizationUrl, handle } = await this.signIns.start(query.next);
      await reply.header('set-cookie', this.cookie(handle, SSO_COOKIE_MAX_AGE_SECONDS)).redirect(authorizationUrl, 303);
    } catch (error) {
      await this.failed(reply, error);
    }
  }

  @Get('callback')
  @Public()
  @RateLimit(RateLimitName.SingleSignOn)
  @ApiOperation({
    summary: 'Browser navigation: the provider’s answer (its redirect URI)',
    description:
      'Checks the state against this browser’s sign-in, exchanges the code (PKCE), checks the ID token and its nonce, requires `email_verified: true`, ' +
      'then signs in the linked account, links the account with that address (verifying it if it was not) or creates one. ' +
      'Success is a 303 to `/sign-in/sso#token=<one-time code>`, which the web app redeems with POST /auth/oidc/session within 2 minutes. ' +
      FAILURE_REDIRECT,
  })
  @ApiQuery({ name: 'state', required: false, type: String })
  @ApiQuery({ name: 'code', required: false, type: String })
  @ApiQuery({ name: 'error', required: false, type: String, description: 'The provider’s OAuth error, instead of a code' })
  @ApiResponse({ status: 303, description: 'To the web app: /sign-in/sso#token=… on success, /sign-in?sso_error=… otherwise' })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured on this server' })
  @ApiTooManyRequestsResponse({ description: 'Too many sign-ins from this address' })
  async callback(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    this.provider.assertEnabled();
    try {
      // The raw query string: providers add parameters of their own (iss, session_state) that openid-client checks.
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?') + 1) : '';
      const { code, next } = await this.signIns.callback(readCookie(request.headers.cookie, SSO_COOKIE), query);
      const landing = new URL('/sign-in/sso', this.config.PUBLIC_BASE_URL);
      if (next) landing.searchParams.set('next', next);
      // The fragment never reaches a server, a log or a Referer; the code is useless without this browser's cookie.
      landing.hash = `token=${code}`;
      await reply.header('referrer-policy', 'no-referrer').redirect(landing.toString(), 303);
    } catch (error) {
      await this.failed(reply, error);
    }
  }

  @Post('session')
  @Public()
  @HttpCode(200)
  @RateLimit(RateLimitName.SingleSignOn)
  @ApiOperation({
    summary: 'Redeem the one-time code of a finished single sign-on for an access and a refresh token',
    description: 'Only in the browser that started the sign-in (its HttpOnly cookie is required), once, within 2 minutes of the callback.',
  })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiBadRequestResponse({ description: 'The code is invalid, expired, already used or from another browser' })
  @ApiForbiddenResponse({ description: 'The account was disabled meanwhile' })
  @ApiNotFoundResponse({ description: 'Single sign-on is not configured on this server' })
  @ApiTooManyRequestsResponse({ description: 'Too many sign-ins from this address' })
  async redeem(@Body() body: SsoSessionDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenPairDto> {
    this.provider.assertEnabled();
    const tokens = await this.signIns.redeem(readCookie(request.headers.cookie, SSO_COOKIE), body.token);
    reply.header('set-cookie', this.cookie('', 0));
    return tokens;
  }

  private async failed(reply: FastifyReply, error: unknown): Promise<void> {
    if (!(error instanceof SsoFailure)) throw error;
    const signIn = new URL('/sign-in', this.config.PUBLIC_BASE_URL);
    signIn.searchParams.set('sso_error', error.reason);
    if (error.providerError) signIn.searchParams.set('provider_error', error.providerError);
    await reply.header('set-cookie', this.cookie('', 0)).redirect(signIn.toString(), 303);
  }

  private cookie(value: string, maxAgeSeconds: number): string {
    const secure = this.config.PUBLIC_BASE_URL.startsWith('https:') ? '; Secure' : '';
    // Lax, not Strict: the callback arrives as a top-level navigation from the provider's site.
    return `${SSO_COOKIE}=${value}; Path=${SSO_COOKIE_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
  }
}
