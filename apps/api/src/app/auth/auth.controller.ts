import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from './auth.decorators.js';
import type { FastifyReply } from 'fastify';
import { RateLimit, RateLimitName, tooManyAttempts } from '../rate-limit/rate-limit.js';
import { AuthService } from './auth.service.js';
import { AcceptedDto, LoginDto, RefreshDto, RegisterDto, TokenPairDto } from './dto/auth.dto.js';
import { SignedOutDto } from './oidc/oidc.dto.js';
import { OidcSignInService } from './oidc/oidc-sign-in.service.js';

/** Said for a new address and for one that has an account alike. */
export const REGISTRATION_ACCEPTED = 'Check your mail: a link to confirm the address is on its way. Then sign in with your password.';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly singleSignOn: OidcSignInService,
  ) {}

  @Post('register')
  @Public()
  @RateLimit(RateLimitName.Credentials)
  @HttpCode(202)
  @ApiOperation({
    summary: 'Create a learner account and mail the link that confirms its address',
    description:
      'The answer is the same whether or not the address already has an account: its owner is mailed instead (at most once a day). ' +
      'A new account can sign in at once; badges and imported attendance wait for the confirmed address.',
  })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule, e.g. the password policy (length 12–256, not easy to guess)' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  async register(@Body() body: RegisterDto): Promise<AcceptedDto> {
    await this.auth.register(body);
    return { message: REGISTRATION_ACCEPTED };
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @RateLimit(RateLimitName.Credentials)
  @ApiOperation({ summary: 'Exchange email and password for an access and a refresh token' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'Email or password is incorrect' })
  @ApiForbiddenResponse({ description: 'The account has been disabled (said only with the right password)' })
  @ApiTooManyRequestsResponse({
    description:
      'Too many attempts from this client, or too many failed sign-ins to this e-mail address (locked out for a doubling time; ' +
      'the same answer whether or not the address has an account). Retry-After says when to try again.',
  })
  async login(@Body() body: LoginDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenPairDto> {
    const outcome = await this.auth.login(body);
    if ('lockedForMs' in outcome) throw tooManyAttempts(reply, outcome.lockedForMs);
    return outcome;
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @RateLimit(RateLimitName.Credentials)
  @ApiOperation({ summary: 'Rotate a refresh token; reusing an old one revokes the session' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'Invalid, expired or reused refresh token' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  refresh(@Body() body: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @ApiBearerAuth('bearer')
  @ApiOperation({
    summary: 'Sign out: revokes this session’s refresh and access tokens',
    description:
      'A session started by single sign-on at a provider that offers RP-initiated logout answers 200 with the provider’s end-session URL ' +
      '(ID token hint, post-logout redirect to /sign-in): open it to sign out there too. Any other session answers 204.',
  })
  @ApiOkResponse({ type: SignedOutDto, description: 'Signed out here; open endSessionUrl to sign out at the provider too' })
  @ApiNoContentResponse({ description: 'Signed out' })
  async logout(@CurrentUser() user: AuthenticatedUser, @Res() reply: FastifyReply): Promise<void> {
    // Our own sessions are revoked first, whatever the provider says.
    await this.auth.logout(user.sessionId);
    const endSessionUrl = await this.singleSignOn.endSessionUrl(user.sessionId);
    if (endSessionUrl) await reply.code(200).send({ endSessionUrl } satisfies SignedOutDto);
    else await reply.code(204).send();
  }
}
