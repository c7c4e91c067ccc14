import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsTimeZone } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class AttendanceImportQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Validate and report what would change, without writing' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  dryRun: boolean = false;

  @ApiPropertyOptional({ default: false, description: 'Apply nothing unless every row is valid' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  atomic: boolean = false;

  @ApiPropertyOptional({ default: 'UTC', example: 'America/Chicago', description: 'Time zone of join/leave times without an offset' })
  @IsOptional()
  @IsTimeZone()
  timeZone: string = 'UTC';
}

export class ImportRowErrorDto {
  @ApiProperty({ example: 4 }) line: number;
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'isEmail' }) rule: string;
  @ApiProperty({ example: 'email "ada@" is not a valid address' }) message: string;
}

export const ATTENDANCE_FORMATS = ['zoom-webinar', 'zoom-meeting', 'teams', 'webex', 'gotowebinar', 'stacks-csv'] as const;

export class PendingAttendeeDto {
  @ApiProperty({ example: 7, description: 'Line of the first record of this address' }) line: number;
  @ApiProperty({ example: 'new.person@library.example' }) email: string;
  @ApiProperty({ type: String, nullable: true, example: 'New Person' }) name: string | null;
  @ApiProperty({ example: 55 }) minutesAttended: number;
}

export class AttendanceImportReportDto {
  @ApiProperty({ enum: ATTENDANCE_FORMATS, example: 'zoom-webinar', description: 'Export layout recognised' }) format: string;
  @ApiProperty({ example: 'Zoom webinar attendee report' }) formatName: string;
  @ApiProperty({ type: String, nullable: true, example: 'Attendee Details', description: 'Section the attendees were read from; null for a single-table file' })
  section: string | null;
  @ApiProperty({ enum: ['utf-8', 'utf-16le', 'utf-16be'], example: 'utf-8' }) encoding: string;
  @ApiProperty({ example: 3, description: 'Records of people who registered but did not attend: skipped' }) absentRecords: number;
  @ApiProperty({ example: 2, description: 'Records of hosts, panelists, organizers and presenters: never counted' }) staffRecords: number;
  @ApiProperty({ example: 4, description: 'Attendees whose e-mail no account uses yet: kept as pending and credited when someone verifies that address' })
  pendingCount: number;
  @ApiProperty({ type: PendingAttendeeDto, isArray: true, description: 'The pending attendees (the first 1000)' }) pending: PendingAttendeeDto[];
  @ApiProperty({ example: 4, description: 'Pending attendance new or raised by this import' }) pendingRecorded: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Audit record of an applied import' }) importId: string | null;
  @ApiProperty() dryRun: boolean;
  @ApiProperty() atomic: boolean;
  @ApiProperty({ description: 'Whether rows were written' }) applied: boolean;
  @ApiProperty({ example: 120 }) totalRecords: number;
  @ApiProperty({ example: 118, description: 'Learners with valid attendance (rejoins merged)' }) validLearners: number;
  @ApiProperty({ type: ImportRowErrorDto, isArray: true }) errors: ImportRowErrorDto[];
  @ApiProperty({ example: 100, description: 'Attendance records new or changed by this import' }) recorded: number;
  @ApiProperty({ example: 18, description: 'Rows already recorded by an earlier import (re-import)' }) unchanged: number;
  @ApiProperty({ example: 95, description: 'Learners whose session completion this import created' }) newlyCompleted: number;
  @ApiProperty({ example: 12, description: 'Series unlocked by this import' }) unlocked: number;
  @ApiProperty({ example: 2, description: 'Qualifying attendance kept but not credited yet: the learner has not verified their e-mail' }) held: number;
}
