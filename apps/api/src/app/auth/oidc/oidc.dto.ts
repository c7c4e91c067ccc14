import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

export class SsoStatusDto {
  @ApiProperty({ example: true, description: 'Whether "Sign in with …" is offered (single sign-on configured on this server)' })
  enabled: boolean;

  @ApiProperty({ example: 'your member account', nullable: true, type: String, description: 'Shown on the button as "Sign in with <providerName>"; null when off' })
  providerName: string | null;

  @ApiProperty({ example: '/api/v1/auth/oidc/start', nullable: true, type: String, description: 'Where the button navigates the browser; null when off' })
  startUrl: string | null;
}

/** Same-app paths only (never another site), as the web app's own `next` rule. */
export const SAME_APP_PATH = /^\/(?![/\\])[^\\\s]*$/;

export class SsoStartQueryDto {
  @ApiPropertyOptional({ example: '/me/badges', maxLength: 500, description: 'A path of this app to open once signed in' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  @Matches(SAME_APP_PATH, { message: 'next must be a path of this app, e.g. /me/badges' })
  next?: string;
}

export class SsoSessionDto {
  @ApiProperty({
    example: 'q3J9…',
    minLength: 1,
    maxLength: 100,
    description: 'The one-time code the callback put after `#token=` on the web app’s /sign-in/sso page (valid 2 minutes, in the browser that started the sign-in)',
  })
  @IsString()
  @Length(1, 100)
  token: string;
}

export class SignedOutDto {
  @ApiProperty({
    example: 'https://login.association.example/session/end?id_token_hint=…&post_logout_redirect_uri=…',
    description: 'The provider’s end-session URL: open it to sign out there too, after which the provider sends the browser back to /sign-in',
  })
  endSessionUrl: string;
}
