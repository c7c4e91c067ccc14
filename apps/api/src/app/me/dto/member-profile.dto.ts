import { ApiPropertyOptional } from '@nestjs/swagger';
import { LibrarySize, LibraryType } from '@stacks/db';
import { IsEnum, IsOptional, IsString, IsTimeZone, MaxLength } from 'class-validator';

export class MemberProfileDto {
  @ApiPropertyOptional({ enum: LibraryType, example: LibraryType.PUBLIC })
  @IsOptional()
  @IsEnum(LibraryType)
  libraryType?: LibraryType;

  @ApiPropertyOptional({ enum: LibrarySize, example: LibrarySize.LARGE_URBAN })
  @IsOptional()
  @IsEnum(LibrarySize)
  librarySize?: LibrarySize;

  @ApiPropertyOptional({ example: 'Adult services librarian', maxLength: 120 })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  jobRole?: string;

  @ApiPropertyOptional({ example: 'America/Chicago', description: 'IANA time zone' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}
