import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min, ValidateIf } from 'class-validator';
import { PageInfoDto, PageQueryDto } from '../../common/pagination.dto.js';

export class ExpiringQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 730, default: 30, description: 'Days ahead to look (credentials expiring within them)' })
  @Type(() => Number)
  @IsInt({ message: 'within must be a whole number of days' })
  @Min(1)
  @Max(730)
  within: number = 30;
}

export class ExpiringHolderDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
}

export class ExpiringAchievementDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, nullable: true }) validForDays: number | null;
}

export class ExpiringIssuerDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty() url: string;
}

export class ExpiringCredentialDto {
  @ApiProperty({ format: 'uuid' }) credentialId: string;
  @ApiProperty({ format: 'date-time' }) validUntil: string;
  @ApiProperty({ format: 'date-time' }) issuedAt: string;
  @ApiProperty({ example: 12, description: 'Whole days from now until it expires' }) daysLeft: number;
  @ApiProperty({ type: ExpiringHolderDto }) holder: ExpiringHolderDto;
  @ApiProperty({ type: ExpiringAchievementDto }) achievement: ExpiringAchievementDto;
  @ApiProperty({ type: ExpiringIssuerDto }) issuer: ExpiringIssuerDto;
  @ApiProperty({ description: 'How the holder renews it' }) renewal: string;
  @ApiProperty({ description: 'Public credential page' }) credentialPage: string;
}

export class ExpiringPageDto {
  @ApiProperty({ type: [ExpiringCredentialDto] }) items: ExpiringCredentialDto[];
  @ApiProperty({ type: PageInfoDto }) page: PageInfoDto;
  @ApiProperty({ format: 'date-time', description: 'End of the window looked at' }) until: string;
}

export class UpdateAchievementDto {
  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 3650, example: 730, description: 'Credentials issued from now on expire this many days after issue; null: never' })
  @ValidateIf((_body, value) => value !== null)
  @IsOptional()
  @IsInt({ message: 'validForDays must be a whole number of days, or null for no expiry' })
  @Min(1)
  @Max(3650)
  validForDays?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Complete this year’s refresher webinar, then ask for a re-issue.', description: 'How a holder renews it' })
  @ValidateIf((_body, value) => value !== null)
  @IsOptional()
  @IsString()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(3, 2000)
  renewalInstructions?: string | null;
}
