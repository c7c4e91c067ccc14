import { ApiPropertyOptional } from '@nestjs/swagger';
import { LibrarySize, LibraryType, ProgramKind, SessionType } from '@stacks/db';
import { Transform } from 'class-transformer';
import { IsBoolean, IsDateString, IsEnum, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.dto.js';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ProgramQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Full-text search (English stemming, phrases in quotes, -exclusions)', example: 'dialogue facilitation' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ enum: ProgramKind })
  @IsOptional()
  @IsEnum(ProgramKind)
  kind?: ProgramKind;

  @ApiPropertyOptional({ enum: LibraryType, description: 'Programs aimed at this library type' })
  @IsOptional()
  @IsEnum(LibraryType)
  libraryType?: LibraryType;

  @ApiPropertyOptional({ enum: LibrarySize })
  @IsOptional()
  @IsEnum(LibrarySize)
  librarySize?: LibrarySize;
}

export class SessionQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'turning outward' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;

  @ApiPropertyOptional({ description: 'Program slug', example: 'ltc-models-for-change' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,120}$/, { message: 'program must be a program slug' })
  program?: string;

  @ApiPropertyOptional({ enum: SessionType })
  @IsOptional()
  @IsEnum(SessionType)
  type?: SessionType;

  @ApiPropertyOptional({ enum: LibraryType })
  @IsOptional()
  @IsEnum(LibraryType)
  libraryType?: LibraryType;

  @ApiPropertyOptional({ enum: ['upcoming', 'past'], description: 'Relative to now: not yet started, or already started' })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';

  @ApiPropertyOptional({ description: 'Only free (true) or only paid (false) sessions' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  free?: boolean;

  @ApiPropertyOptional({ description: 'Sessions starting at or after this instant', example: '2017-01-01T00:00:00Z' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Sessions starting before this instant', example: '2018-01-01T00:00:00Z' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}

export class KeyDateQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'alsc-membership' })
  @IsOptional()
  @Matches(/^[a-z0-9-]{1,120}$/, { message: 'program must be a program slug' })
  program?: string;

  @ApiPropertyOptional({ enum: ['upcoming', 'past'] })
  @IsOptional()
  @IsIn(['upcoming', 'past'])
  when?: 'upcoming' | 'past';
}
