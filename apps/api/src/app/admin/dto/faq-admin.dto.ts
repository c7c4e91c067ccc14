import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUrl, Length, Matches, MaxLength } from 'class-validator';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const FAQ_ASPECTS = ['overview', 'organisations', 'dates', 'audience', 'unlock', 'contact', 'general'] as const;

export class CreateFaqEntryDto {
  @ApiProperty({ example: 'ltc-newsletter' })
  @Matches(SLUG, { message: 'slug must be lowercase words joined by hyphens' })
  @Length(3, 120)
  slug: string;

  @ApiProperty({ example: 'How do I hear about new LTC sessions?', maxLength: 300 })
  @IsString()
  @Length(5, 300)
  question: string;

  @ApiPropertyOptional({ type: [String], description: 'Other phrasings members use', example: ['where are LTC sessions announced'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  variants?: string[];

  @ApiPropertyOptional({ description: 'Extra words that should find this entry', example: 'newsletter e-newsletter announcements', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  keywords?: string;

  @ApiProperty({ example: 'Sign up for the Programming Librarian e-newsletter.', maxLength: 2000 })
  @IsString()
  @Length(5, 2000)
  answer: string;

  @ApiPropertyOptional({ enum: FAQ_ASPECTS, description: 'Which kind of question it answers' })
  @IsOptional()
  @IsIn(FAQ_ASPECTS)
  aspect?: (typeof FAQ_ASPECTS)[number];

  @ApiPropertyOptional({ type: [String], description: 'Programs the answer draws on (slugs); their pages become sources' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Matches(SLUG, { each: true, message: 'programSlugs must be program slugs' })
  programSlugs?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Source links (https)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { each: true, message: 'urls must be https URLs' })
  urls?: string[];
}

export class UpdateFaqEntryDto extends PartialType(OmitType(CreateFaqEntryDto, ['slug'] as const)) {}

export class FaqEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() slug: string;
  @ApiProperty() question: string;
  @ApiProperty({ type: [String] }) variants: string[];
  @ApiProperty() keywords: string;
  @ApiProperty() answer: string;
  @ApiProperty({ nullable: true, type: String }) aspect: string | null;
  @ApiProperty({ type: [String] }) programSlugs: string[];
  @ApiProperty({ type: [String] }) urls: string[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) retiredAt: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
