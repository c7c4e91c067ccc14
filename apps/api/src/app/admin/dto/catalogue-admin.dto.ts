import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CompletionRule, LibrarySize, LibraryType, ProgramKind } from '@stacks/db';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What programs and series both have: a slug, their texts and whom they are for. */
class CatalogueEntryDto {
  @ApiProperty({ example: 'community-conversations-2027', description: 'Unique; sending the same request again returns the existing row (200)' })
  @Matches(SLUG, { message: 'slug must be lowercase words joined by hyphens' })
  @Length(3, 120)
  slug: string;

  @ApiProperty({ example: 'Community Conversations 2027' })
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiProperty({ example: 'A year of webinars for library staff who lead conversations in their communities.' })
  @IsString()
  @Length(1, 5000)
  description: string;

  @ApiProperty({ example: 'Public library staff' })
  @IsString()
  @Length(1, 300)
  audience: string;

  @ApiPropertyOptional({ enum: LibraryType, isArray: true, example: [LibraryType.PUBLIC] })
  @IsOptional()
  @IsArray()
  @IsEnum(LibraryType, { each: true })
  libraryTypes?: LibraryType[];

  @ApiPropertyOptional({ enum: LibrarySize, isArray: true, example: [LibrarySize.LARGE_URBAN] })
  @IsOptional()
  @IsArray()
  @IsEnum(LibrarySize, { each: true })
  librarySizes?: LibrarySize[];
}

export class CreateProgramDto extends CatalogueEntryDto {
  @ApiPropertyOptional({ example: 'CC27' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  acronym?: string;

  @ApiProperty({ enum: ProgramKind, example: ProgramKind.LEARNING_SERIES })
  @IsEnum(ProgramKind)
  kind: ProgramKind;

  @ApiProperty({ example: 'Webinars and a workshop on hosting community conversations.' })
  @IsString()
  @Length(1, 500)
  summary: string;

  @ApiPropertyOptional({ example: '2027-01-15', description: 'A calendar date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'startsOn must be a date like 2027-01-15' })
  @IsISO8601({ strict: true })
  startsOn?: string;

  @ApiPropertyOptional({ example: '2027-12-15', description: 'A calendar date (YYYY-MM-DD), on or after startsOn' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'endsOn must be a date like 2027-12-15' })
  @IsISO8601({ strict: true })
  endsOn?: string;

  @ApiPropertyOptional({ example: 'https://www.example.org/programs/community-conversations' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  url?: string;

  @ApiPropertyOptional({ type: String, isArray: true, example: ['dialogue', 'facilitation'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  tags?: string[];
}

export class CreateSeriesDto extends CatalogueEntryDto {
  @ApiProperty({ example: 'community-conversations-2027', description: 'Slug of the program the series belongs to' })
  @Matches(SLUG, { message: 'program must be a program slug' })
  program: string;

  @ApiPropertyOptional({ enum: CompletionRule, default: CompletionRule.ALL })
  @IsOptional()
  @IsEnum(CompletionRule)
  rule?: CompletionRule;

  @ApiPropertyOptional({ example: 2, minimum: 1, maximum: 100, description: 'Required with rule ANY_K: how many sessions complete the series' })
  @ValidateIf((body: CreateSeriesDto) => body.rule === CompletionRule.ANY_K || body.requiredCount !== undefined)
  @IsInt({ message: 'requiredCount must be a whole number (required when rule is ANY_K)' })
  @Min(1)
  @Max(100)
  requiredCount?: number;

  @ApiPropertyOptional({ example: 'Invitation to the in-person workshop' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  unlockTitle?: string;

  @ApiPropertyOptional({ example: 'Everyone who completes the series is invited free of charge.' })
  @IsOptional()
  @IsString()
  @Length(1, 5000)
  unlockDescription?: string;
}
