import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '@stacks/db';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, Length, Matches } from 'class-validator';

/** What an admin may change about an account; every change is audited with the reason. */
export class AccountChangeDto {
  @ApiPropertyOptional({ enum: Role, example: Role.ADMIN })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @ApiPropertyOptional({ example: true, description: 'true signs the account out everywhere and refuses new sign-ins; false lets it sign in again' })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ example: true, description: 'Mark the address verified (the learner proved it another way); releases what was held' })
  @IsOptional()
  @IsBoolean()
  emailVerified?: boolean;

  @ApiPropertyOptional({
    type: [String],
    example: ['alsc'],
    maxItems: 20,
    description: 'Slugs of the badge issuers an ISSUER_ADMIN is staff of (replaces the list; [] clears it). Only meaningful with the ISSUER_ADMIN role.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { each: true })
  @Length(1, 120, { each: true })
  issuers?: string[];

  @ApiPropertyOptional({ example: 'Asked by phone, ticket 1234', maxLength: 500 })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class ErasureRequestDto {
  @ApiProperty({ example: 'Learner asked by e-mail on 2026-12-01', maxLength: 500, description: 'The learner’s request, for the audit record' })
  @IsString()
  @Length(1, 500)
  reason: string;
}
