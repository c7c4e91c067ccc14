import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { LibraryType, RecordingCompletion, SessionType } from '@stacks/db';
import { Transform, Type } from 'class-transformer';
import { SessionSummaryDto } from '../../catalogue/dto/catalogue.dto.js';
import {
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUrl,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class CreateSessionDto {
  @ApiProperty({ example: 'ltc-models-for-change' })
  @Matches(SLUG, { message: 'program must be a program slug' })
  program: string;

  @ApiPropertyOptional({ example: 'dialogue-facilitation-large-urban' })
  @IsOptional()
  @Matches(SLUG, { message: 'series must be a series slug' })
  series?: string;

  @ApiPropertyOptional({ example: 'ltc-public-innovators-cohort-intake', description: "Cohort slug: only that cohort's selected teams may enrol (the cohort must be of the same program)" })
  @IsOptional()
  @Matches(SLUG, { message: 'cohort must be a cohort slug' })
  cohort?: string;

  @ApiPropertyOptional({ example: 4, minimum: 1, maximum: 100 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  position?: number;

  @ApiProperty({ example: 'community-conversations-2027' })
  @Matches(SLUG, { message: 'slug must be lowercase words joined by hyphens' })
  @Length(3, 120)
  slug: string;

  @ApiProperty({ example: 'Community conversations in practice' })
  @IsString()
  @Length(3, 200)
  title: string;

  @ApiProperty({ example: 'A live workshop on hosting community conversations.' })
  @IsString()
  @Length(1, 5000)
  description: string;

  @ApiProperty({ enum: SessionType })
  @IsEnum(SessionType)
  type: SessionType;

  @ApiPropertyOptional({ example: '2027-03-04T18:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  startsAt?: Date;

  @ApiPropertyOptional({ example: '2027-03-04T19:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  endsAt?: Date;

  @ApiPropertyOptional({ example: 'America/Chicago' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: 100, minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity?: number;

  @ApiPropertyOptional({ example: 0, minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  priceCents?: number;

  @ApiPropertyOptional({ example: 'Chicago, IL' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  location?: string;

  @ApiPropertyOptional({ example: 'https://meet.example.org/abc' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  joinUrl?: string;

  @ApiPropertyOptional({ example: 'https://video.example.org/recording' })
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  recordingUrl?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  recordingAvailableFrom?: Date;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  recordingAvailableUntil?: Date;

  @ApiPropertyOptional({ example: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  recordingMinutes?: number;

  @ApiPropertyOptional({ example: 1.5, description: 'Continuing-education credit hours, to the hundredth; when absent the session’s length counts' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'creditHours must be a number with at most two decimals' })
  @Min(0)
  @Max(100)
  creditHours?: number;

  @ApiPropertyOptional({ enum: LibraryType, isArray: true })
  @IsOptional()
  @IsArray()
  @IsEnum(LibraryType, { each: true })
  libraryTypes?: LibraryType[];

  @ApiPropertyOptional({
    enum: RecordingCompletion,
    description: 'WATCHED_TIME_ONLY (default): the recording counts from time watched in the player; SELF_REPORT_ALLOWED: a stated viewedPercent counts too',
  })
  @IsOptional()
  @IsEnum(RecordingCompletion)
  recordingCompletion?: RecordingCompletion;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1440, example: 45, description: 'Minutes of live attendance that count; null: the share below, else the configured default' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  attendanceMinMinutes?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 100, example: 75, description: 'Share of the scheduled length (startsAt-endsAt) that counts when no minutes are set' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  attendanceMinPercent?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '81234567890', description: 'Zoom webinar or meeting id (digits, spaces allowed) whose participant webhooks credit this session; null clears it' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @Matches(/^\d{9,12}$/, { message: 'zoomMeetingId must be the 9-12 digits of a Zoom webinar or meeting id' })
  zoomMeetingId?: string | null;
}

/** What an admin sees of a session: the summary and the settings only admins handle. */
export class AdminSessionDto extends SessionSummaryDto {
  @ApiProperty({ type: String, nullable: true, example: '81234567890' }) zoomMeetingId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The cohort whose selected teams alone may enrol; null: open to everyone' }) cohort: string | null;
}

/** Everything but the program, slug and cohort can change (PUT /admin/cohorts/{cohort}/sessions/{session} restricts one later); changing startsAt reschedules. */
export class UpdateSessionDto extends PartialType(OmitType(CreateSessionDto, ['program', 'slug', 'cohort'] as const)) {}
