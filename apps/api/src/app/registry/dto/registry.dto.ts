import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEmail, IsIn, IsISO8601, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { PageInfoDto, PageQueryDto } from '../../common/pagination.dto.js';

/** US states, DC and the territories, by their postal codes. */
export const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO',
  'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'AS',
  'GU', 'MP', 'PR', 'VI',
] as const;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const REGISTRY_STATUSES = ['PENDING', 'CHANGES_REQUESTED', 'PUBLISHED', 'REJECTED'] as const;
export const REGISTRY_DECISIONS = ['publish', 'request-changes', 'reject'] as const;

/** Where a library is: its name, city and state (a registry submission, a cohort application). */
export class LibraryLocationDto {
  @ApiProperty({ example: 'Juniper Street Branch Library', maxLength: 200 })
  @IsString()
  @Length(2, 200)
  libraryName: string;

  @ApiProperty({ example: 'Tucson', maxLength: 100 })
  @IsString()
  @Length(1, 100)
  city: string;

  @ApiProperty({ enum: US_STATES, example: 'AZ' })
  @IsIn(US_STATES, { message: 'state must be a two-letter US state or territory code' })
  state: string;
}

export class CreateRegistrySubmissionDto extends LibraryLocationDto {
  @ApiProperty({ example: 'dia', description: 'Slug of the program hosted (e.g. dia for El día de los niños / El día de los libros)' })
  @Matches(SLUG, { message: 'program must be a program slug' })
  @Length(1, 120)
  program: string;

  @ApiProperty({ example: 'Día family story time', maxLength: 200 })
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiProperty({ example: '2027-04-30', description: 'The day of the program (YYYY-MM-DD)' })
  @Matches(CALENDAR_DATE, { message: 'date must be a date like 2027-04-30' })
  @IsISO8601({ strict: true }, { message: 'date must be a real calendar date' })
  date: string;

  @ApiProperty({ example: 'Children and families', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  audience: string;

  @ApiProperty({ type: [String], example: ['English', 'Spanish'], description: '1 to 10 languages, each up to 40 characters' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @Length(2, 40, { each: true })
  languages: string[];

  @ApiProperty({ example: 'Bilingual stories, songs and a book giveaway.', maxLength: 4000 })
  @IsString()
  @Length(10, 4000)
  description: string;

  @ApiProperty({ example: 'programs@library.example', maxLength: 254 })
  @IsEmail({}, { message: 'contactEmail must be an e-mail address' })
  @MaxLength(254)
  contactEmail: string;
}

/** A submitter's edit; an edit after "changes requested" sends it back for review. */
export class UpdateRegistrySubmissionDto extends PartialType(CreateRegistrySubmissionDto) {}

export class RegistryDecisionDto {
  @ApiProperty({ enum: REGISTRY_DECISIONS })
  @IsIn(REGISTRY_DECISIONS)
  decision: (typeof REGISTRY_DECISIONS)[number];

  @ApiPropertyOptional({ description: 'Required to reject or request changes: what the library should know', maxLength: 2000 })
  @IsOptional()
  @IsString()
  @Length(3, 2000)
  note?: string;
}

export class RegistryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'dia', description: 'Only programs of this catalogue program (slug)' })
  @IsOptional()
  @Matches(SLUG, { message: 'program must be a program slug' })
  @Length(1, 120)
  program?: string;

  @ApiPropertyOptional({ example: '2027-04-01', description: 'On or after this date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'from must be a date like 2027-04-01' })
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ example: '2027-04-30', description: 'On or before this date (YYYY-MM-DD)' })
  @IsOptional()
  @Matches(CALENDAR_DATE, { message: 'to must be a date like 2027-04-30' })
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: US_STATES })
  @IsOptional()
  @IsIn(US_STATES, { message: 'state must be a two-letter US state or territory code' })
  state?: string;

  @ApiPropertyOptional({ example: 'Spanish', description: 'Programs offered in this language (case-insensitive)' })
  @IsOptional()
  @IsString()
  @Length(2, 40)
  language?: string;

  @ApiPropertyOptional({ example: 'story time', description: 'Words in the title, library, city or description' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  q?: string;
}

export class AdminRegistryQueryDto extends RegistryQueryDto {
  @ApiPropertyOptional({ enum: REGISTRY_STATUSES, description: 'Default: PENDING' })
  @IsOptional()
  @IsIn(REGISTRY_STATUSES)
  status?: (typeof REGISTRY_STATUSES)[number];
}

export class RegistryExportQueryDto extends RegistryQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'json'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'json'])
  format?: 'csv' | 'json';
}

/** A program in the public registry: no submitter identity beyond the contact address the library gave. */
export class RegistryEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'dia' }) program: string;
  @ApiProperty({ example: 'Día: El día de los niños / El día de los libros' }) programTitle: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: '2027-04-30' }) date: string;
  @ApiProperty() libraryName: string;
  @ApiProperty() city: string;
  @ApiProperty() state: string;
  @ApiProperty() audience: string;
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiProperty() description: string;
  @ApiProperty() contactEmail: string;
  @ApiProperty({ type: String, nullable: true }) publishedAt: string | null;
}

export class RegistrySubmissionDto extends RegistryEntryDto {
  @ApiProperty({ enum: REGISTRY_STATUSES }) status: (typeof REGISTRY_STATUSES)[number];
  @ApiProperty({ type: String, nullable: true, description: "Staff's reason or the changes asked for" }) reviewNote: string | null;
  @ApiProperty({ type: String, nullable: true }) reviewedAt: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class RegistryPageDto {
  @ApiProperty({ type: [RegistryEntryDto] }) items: RegistryEntryDto[];
  @ApiProperty({ type: PageInfoDto }) page: PageInfoDto;
}

export class RegistrySubmissionPageDto {
  @ApiProperty({ type: [RegistrySubmissionDto] }) items: RegistrySubmissionDto[];
  @ApiProperty({ type: PageInfoDto }) page: PageInfoDto;
}
