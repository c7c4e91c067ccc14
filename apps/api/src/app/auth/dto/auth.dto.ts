import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEmail, IsOptional, IsString, Length, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { MemberProfileDto } from '../../me/dto/member-profile.dto.js';

export class RegisterDto {
  @ApiProperty({ example: 'ada@library.example', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({
    example: 'correct horse battery staple',
    minLength: 12,
    maxLength: 256,
    description: 'The password policy: 12 to 256 characters and not easy to guess (common and breached passwords, words from the address or name are refused)',
  })
  @IsString()
  @MaxLength(1024) // the policy says 256; this only bounds what reaches it
  password: string;

  @ApiProperty({ example: 'Ada Reyes', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  displayName: string;

  @ApiPropertyOptional({ type: MemberProfileDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MemberProfileDto)
  profile?: MemberProfileDto;
}

export class LoginDto {
  @ApiProperty({ example: 'ada@library.example' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple' })
  @IsString()
  @MinLength(1)
  @MaxLength(256)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ example: 'hX3c…', description: 'The refresh token from the last log-in or refresh' })
  @IsString()
  @Length(20, 200)
  refreshToken: string;
}

export class TokenPairDto {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIs…' })
  accessToken: string;

  @ApiProperty({ example: 'Bearer' })
  tokenType: 'Bearer';

  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' })
  expiresIn: number;

  @ApiProperty({ example: 'hX3c…', description: 'Single-use; each refresh returns a new one' })
  refreshToken: string;
}

/** The secret a mailed link carries (after `#token=`). */
class LinkTokenDto {
  @ApiProperty({ example: 'q3J9…', description: 'The token from the link in the mail', minLength: 1, maxLength: 100 })
  @IsString()
  @Length(1, 100)
  token: string;
}

export class VerifyEmailDto extends LinkTokenDto {}

export class VerifiedEmailDto {
  @ApiProperty({ example: 1, description: 'Imported attendance credited now that the address is proved' })
  attendanceCredited: number;

  @ApiProperty({ example: true, description: 'True when the badges earned meanwhile were handed to the worker, which signs them within seconds' })
  badgesReleaseQueued: boolean;
}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'ada@library.example', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class ResetPasswordDto extends LinkTokenDto {
  @ApiProperty({
    example: 'correct horse battery staple',
    minLength: 12,
    maxLength: 256,
    description: 'The password policy: 12 to 256 characters and not easy to guess (common and breached passwords, words from the address or name are refused)',
  })
  @IsString()
  @MaxLength(1024) // the policy says 256; this only bounds what reaches it
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty({ example: 'correct horse battery staple', maxLength: 256 })
  @IsString()
  @Length(1, 256)
  currentPassword: string;

  @ApiProperty({
    example: 'another horse battery staple',
    minLength: 12,
    maxLength: 256,
    description: 'The password policy: 12 to 256 characters and not easy to guess (common and breached passwords, words from the address or name are refused)',
  })
  @IsString()
  @MaxLength(1024) // the policy says 256; this only bounds what reaches it
  newPassword: string;
}

/** Re-authentication for an irreversible step. */
export class ReauthenticationDto {
  @ApiProperty({ example: 'correct horse battery staple', maxLength: 256 })
  @IsString()
  @Length(1, 256)
  currentPassword: string;
}

export class ChangeEmailDto {
  @ApiProperty({ example: 'ada.reyes@library.example', maxLength: 254 })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'correct horse battery staple', maxLength: 256 })
  @IsString()
  @Length(1, 256)
  currentPassword: string;
}

export class AcceptedDto {
  @ApiProperty({ example: 'If an account uses this address, a link is on its way.' })
  message: string;
}
