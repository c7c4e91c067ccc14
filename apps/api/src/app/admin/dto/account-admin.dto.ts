import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '@stacks/db';
import { IsBoolean, IsEnum, IsOptional, IsString, Length } from 'class-validator';

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
