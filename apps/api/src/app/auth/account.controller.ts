import { Body, Controller, HttpCode, Post } from '@nestjs/common';
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
} from '@nestjs/swagger';
import { RateLimit, RateLimitName } from '../rate-limit/rate-limit.js';
import { type AuthenticatedUser, CurrentUser, Public } from './auth.decorators.js';
import { AcceptedDto, ChangePasswordDto, ForgotPasswordDto, ResetPasswordDto, VerifiedEmailDto, VerifyEmailDto } from './dto/auth.dto.js';
import { EmailVerificationService } from './email-verification.service.js';
import { PasswordService } from './password.service.js';

const SENT_IF_KNOWN = 'If an account uses this address, a link is on its way.';

/** E-mail verification and passwords: the routes reached from mailed links, and changing a password. */
@ApiTags('auth')
@Controller()
export class AccountController {
  constructor(
    private readonly verification: EmailVerificationService,
    private readonly passwords: PasswordService,
  ) {}

  @Post('auth/email/verify')
  @Public()
  @HttpCode(200)
  @RateLimit(RateLimitName.Credentials)
  @ApiOperation({ summary: 'Confirm an e-mail address with the token from the mailed link; releases what was held' })
  @ApiOkResponse({ type: VerifiedEmailDto })
  @ApiBadRequestResponse({ description: 'The link is invalid, expired or already used' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  verifyEmail(@Body() body: VerifyEmailDto): Promise<VerifiedEmailDto> {
    return this.verification.verify(body.token);
  }

  @Post('me/email/verification')
  @HttpCode(202)
  @ApiBearerAuth('bearer')
  @RateLimit(RateLimitName.AccountMailPerClient)
  @ApiOperation({ summary: 'Send the verification link again (nothing is sent once the address is verified)' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiTooManyRequestsResponse({ description: 'Too many mails asked for' })
  async resendVerification(@CurrentUser() user: AuthenticatedUser): Promise<AcceptedDto> {
    await this.verification.send(user.id);
    return { message: 'If your address is not verified yet, a new link is on its way.' };
  }

  @Post('auth/password/forgot')
  @Public()
  @HttpCode(202)
  @RateLimit(RateLimitName.AccountMailPerClient, RateLimitName.AccountMailPerAddress)
  @ApiOperation({ summary: 'Mail a password reset link; the answer is the same whether or not the address has an account' })
  @ApiAcceptedResponse({ type: AcceptedDto })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this client or for this address' })
  forgotPassword(@Body() body: ForgotPasswordDto): AcceptedDto {
    this.passwords.requestReset(body.email);
    return { message: SENT_IF_KNOWN };
  }

  @Post('auth/password/reset')
  @Public()
  @HttpCode(204)
  @RateLimit(RateLimitName.Credentials)
  @ApiOperation({ summary: 'Choose a new password with the token from the mailed link; signs the account out everywhere' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The link is invalid, expired or already used, or the password breaks a rule' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  async resetPassword(@Body() body: ResetPasswordDto): Promise<void> {
    await this.passwords.reset(body.token, body.password);
  }

  @Post('me/password')
  @HttpCode(204)
  @ApiBearerAuth('bearer')
  @RateLimit(RateLimitName.Credentials)
  @ApiOperation({ summary: 'Change my password (needs the current one); signs out every other session' })
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ description: 'The new password breaks the password policy (length 12–256, not easy to guess)' })
  @ApiForbiddenResponse({ description: 'The current password is incorrect' })
  @ApiTooManyRequestsResponse({ description: 'Too many attempts from this address' })
  async changePassword(@CurrentUser() user: AuthenticatedUser, @Body() body: ChangePasswordDto): Promise<void> {
    await this.passwords.change(user.id, user.sessionId, body.currentPassword, body.newPassword);
  }
}
