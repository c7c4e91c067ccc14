import { ApiProperty } from '@nestjs/swagger';
import { CompletionRule, KeyDateKind, LibrarySize, LibraryType, OrganizationRole, ProgramKind, RecordingCompletion, SessionStatus, SessionType } from '@stacks/db';
import { PageInfoDto } from '../../common/pagination.dto.js';

export class ProgramRefDto {
  @ApiProperty({ example: 'ltc-models-for-change' }) slug: string;
  @ApiProperty({ example: 'Libraries Transforming Communities: Models for Change' }) title: string;
}

export class SeriesRefDto {
  @ApiProperty({ example: 'dialogue-facilitation-large-urban' }) slug: string;
  @ApiProperty({ example: 'Dialogue facilitation webinars for large and urban public libraries' }) title: string;
}

export class RecordingDto {
  @ApiProperty({ description: 'Whether the recording can be watched now' }) availableNow: boolean;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) availableFrom: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) availableUntil: Date | null;
  @ApiProperty({ type: Number, nullable: true, example: 60 }) minutes: number | null;
}

export class CompletionRulesDto {
  @ApiProperty({ enum: RecordingCompletion, description: 'WATCHED_TIME_ONLY: the recording counts from time watched in the player; SELF_REPORT_ALLOWED: a stated viewedPercent counts too' })
  recordingCompletion: RecordingCompletion;
  @ApiProperty({ type: Number, nullable: true, example: 45, description: 'Minutes of live attendance that count (null: the share, else the configured default)' })
  attendanceMinMinutes: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 75, description: 'Share of the scheduled length that counts when no minutes are set' })
  attendanceMinPercent: number | null;
}

export class SessionSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'dialogue-facilitation-part-1' }) slug: string;
  @ApiProperty({ example: 'Dialogue facilitation, part 1 of 3' }) title: string;
  @ApiProperty({ enum: SessionType }) type: SessionType;
  @ApiProperty({ enum: SessionStatus }) status: SessionStatus;
  @ApiProperty({ type: ProgramRefDto }) program: ProgramRefDto;
  @ApiProperty({ type: SeriesRefDto, nullable: true }) series: SeriesRefDto | null;
  @ApiProperty({ type: Number, nullable: true, example: 1 }) position: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) startsAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) endsAt: Date | null;
  @ApiProperty({ example: 'America/Chicago' }) timeZone: string;
  @ApiProperty({ type: RecordingDto }) recording: RecordingDto;
  @ApiProperty({ type: Number, nullable: true, example: 100 }) capacity: number | null;
  @ApiProperty({ example: true }) free: boolean;
  @ApiProperty({ example: 0 }) priceCents: number;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty({ type: String, nullable: true }) joinUrl: string | null;
  @ApiProperty({ enum: LibraryType, isArray: true }) libraryTypes: LibraryType[];
  @ApiProperty({ type: Number, nullable: true, example: 1, description: 'Continuing-education hours: as set for the session, else its length; null when unknown' })
  creditHours: number | null;
  @ApiProperty({ type: CompletionRulesDto, description: 'How this session is completed' }) completion: CompletionRulesDto;
}

export class SessionDetailDto extends SessionSummaryDto {
  @ApiProperty() description: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Seats left when capacity is limited' }) seatsLeft: number | null;
  @ApiProperty({ example: 0 }) waitlisted: number;
}

export class OrganizationDto {
  @ApiProperty({ example: 'ncdd' }) slug: string;
  @ApiProperty({ example: 'National Coalition for Dialogue & Deliberation' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: 'NCDD' }) acronym: string | null;
  @ApiProperty({ enum: OrganizationRole }) role: OrganizationRole;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty() description: string;
}

export class KeyDateDto {
  @ApiProperty({ example: 'alsc-2022-election-membership-deadline' }) slug: string;
  @ApiProperty({ example: 'Renew ALSC membership to vote in the 2022 ALA election' }) title: string;
  @ApiProperty({ enum: KeyDateKind }) kind: KeyDateKind;
  @ApiProperty({ example: '2022-01-31' }) date: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: ProgramRefDto }) program: ProgramRefDto;
}

export class SeriesSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'dialogue-facilitation-large-urban' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty() audience: string;
  @ApiProperty({ enum: CompletionRule, description: 'ALL sessions, ANY_K of them, or all IN_ORDER' }) rule: CompletionRule;
  @ApiProperty({ type: Number, nullable: true, description: 'k for ANY_K' }) requiredCount: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Invitation to the free pre-conference workshop' }) unlockTitle: string | null;
  @ApiProperty({ type: String, nullable: true }) unlockDescription: string | null;
  @ApiProperty({ enum: LibraryType, isArray: true }) libraryTypes: LibraryType[];
  @ApiProperty({ enum: LibrarySize, isArray: true }) librarySizes: LibrarySize[];
}

export class SeriesDetailDto extends SeriesSummaryDto {
  @ApiProperty({ type: ProgramRefDto }) program: ProgramRefDto;
  @ApiProperty({ type: SessionSummaryDto, isArray: true, description: 'In series order' }) sessions: SessionSummaryDto[];
}

export class ProgramSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ltc-models-for-change' }) slug: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true, example: 'LTC' }) acronym: string | null;
  @ApiProperty({ enum: ProgramKind }) kind: ProgramKind;
  @ApiProperty() summary: string;
  @ApiProperty() audience: string;
  @ApiProperty({ enum: LibraryType, isArray: true }) libraryTypes: LibraryType[];
  @ApiProperty({ enum: LibrarySize, isArray: true }) librarySizes: LibrarySize[];
  @ApiProperty({ type: String, nullable: true, example: '2016-12-15' }) startsOn: string | null;
  @ApiProperty({ type: String, nullable: true }) endsOn: string | null;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ type: String, isArray: true }) tags: string[];
}

export class ProgramDetailDto extends ProgramSummaryDto {
  @ApiProperty() description: string;
  @ApiProperty({ type: OrganizationDto, isArray: true }) organizations: OrganizationDto[];
  @ApiProperty({ type: SeriesSummaryDto, isArray: true }) series: SeriesSummaryDto[];
  @ApiProperty({ type: SessionSummaryDto, isArray: true }) sessions: SessionSummaryDto[];
  @ApiProperty({ type: KeyDateDto, isArray: true }) keyDates: KeyDateDto[];
}

export class ProgramPageDto {
  @ApiProperty({ type: ProgramSummaryDto, isArray: true }) items: ProgramSummaryDto[];
  @ApiProperty({ type: PageInfoDto }) page: PageInfoDto;
}

export class SessionPageDto {
  @ApiProperty({ type: SessionSummaryDto, isArray: true }) items: SessionSummaryDto[];
  @ApiProperty({ type: PageInfoDto }) page: PageInfoDto;
}

export class KeyDatePageDto {
  @ApiProperty({ type: KeyDateDto, isArray: true }) items: KeyDateDto[];
  @ApiProperty({ type: PageInfoDto }) page: PageInfoDto;
}
