import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LibraryType, Role } from '@stacks/db';
import { IsOptional, IsString, Length } from 'class-validator';
import { PageInfoDto, PageQueryDto } from '../../common/pagination.dto.js';

export class LearnerQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Part of an email or display name', example: 'ada' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  q?: string;
}

export class LearnerSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiProperty({ enum: LibraryType, nullable: true }) libraryType: LibraryType | null;
  @ApiProperty({ example: 3 }) sessionsCompleted: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Null until the address is verified' }) emailVerifiedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Set while an admin has disabled the account' }) disabledAt: Date | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Set once the account has been erased' }) deletedAt: Date | null;
  @ApiProperty({ example: 1, description: 'Sign-ins still live (unrevoked, unexpired refresh tokens)' }) activeSessions: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the last sign-in (or refresh) happened' }) lastSignInAt: Date | null;
  @ApiProperty() createdAt: Date;
}

export class LearnerPageDto {
  @ApiProperty({ type: LearnerSummaryDto, isArray: true }) items: LearnerSummaryDto[];
  @ApiProperty({ type: PageInfoDto }) page: PageInfoDto;
}
