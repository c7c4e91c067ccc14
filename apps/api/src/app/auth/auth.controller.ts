import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from './auth.decorators.js';
import { RateLimit, RateLimitName } from '../rate-limit/rate-limit.js';
import { AuthService } from './auth.service.js';
import { LoginDto, RefreshDto, RegisterDto, TokenPairDto } from './dto/auth.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @Public()
  @RateLimit(RateLimitName.Credentials)
  @ApiOperation({ summary: 'Create a learner account and sign in' })
  @ApiCreatedResponse({ type: TokenPairDto })
  @ApiConflictResponse({ description: 'The email is already registered' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  async register(@Body() body: RegisterDto): Promise<TokenPairDto> {
    return (await this.auth.register(body)).tokens;
  }

  @Post('login')
  @Public()
  @HttpCode(200)
  @RateLimit(RateLimitName.Credentials)
  @ApiOperation({ summary: 'Exchange email and password for an access and a refresh token' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'Email or password is incorrect' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  login(@Body() body: LoginDto): Promise<TokenPairDto> {
    return this.auth.login(body);
  }

  @Post('refresh')
  @Public()
  @HttpCode(200)
  @RateLimit(RateLimitName.Credentials)
  @ApiOperation({ summary: 'Rotate a refresh token; reusing an old one revokes the session' })
  @ApiOkResponse({ type: TokenPairDto })
  @ApiUnauthorizedResponse({ description: 'Invalid, expired or reused refresh token' })
  refresh(@Body() body: RefreshDto): Promise<TokenPairDto> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth('bearer')
  @ApiOperation({ summary: 'Sign out: revokes this session’s refresh and access tokens' })
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.auth.logout(user.sessionId);
  }
}
