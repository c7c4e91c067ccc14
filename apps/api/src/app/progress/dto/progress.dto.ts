import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CompletionRule, CompletionSource } from '@stacks/db';

export class ProgressSessionDto {
  @ApiProperty({ example: 'dialogue-facilitation-part-2' }) slug: string;
  @ApiProperty({ example: 'Dialogue facilitation, part 2 of 3' }) title: string;
  @ApiProperty({ type: Number, nullable: true, example: 2 }) position: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: Date | null;
  @ApiProperty({ description: 'Can be done now: the recording is available or the live session is still ahead' }) availableNow: boolean;
}

export class UnlockDto {
  @ApiProperty({ type: String, nullable: true, example: 'Invitation to the free pre-conference workshop' }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When I earned it; null while still locked' }) unlockedAt: Date | null;
}

export class SeriesProgressDto {
  @ApiProperty({ example: 'dialogue-facilitation-large-urban' }) series: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: CompletionRule }) rule: CompletionRule;
  @ApiProperty({ example: 3 }) totalSessions: number;
  @ApiProperty({ example: 3, description: 'How many the rule requires' }) requiredSessions: number;
  @ApiProperty({ example: 67 }) percentage: number;
  @ApiProperty() satisfied: boolean;
  @ApiProperty({ type: ProgressSessionDto, isArray: true }) done: ProgressSessionDto[];
  @ApiProperty({ type: ProgressSessionDto, isArray: true }) remaining: ProgressSessionDto[];
  @ApiProperty({ example: 1, description: 'Sessions still needed to satisfy the rule' }) neededCount: number;
  @ApiProperty({ type: ProgressSessionDto, nullable: true, description: 'What to do next' }) next: ProgressSessionDto | null;
  @ApiProperty({ example: 'Complete 1 more session: Dialogue facilitation, part 3 of 3.' }) requirement: string;
  @ApiProperty({ type: UnlockDto }) unlock: UnlockDto;
}

export class TranscriptItemDto {
  @ApiProperty({ example: 'dialogue-facilitation-part-1' }) session: string;
  @ApiProperty() title: string;
  @ApiProperty() programTitle: string;
  @ApiProperty({ type: String, nullable: true }) seriesTitle: string | null;
  @ApiProperty() completedAt: Date;
  @ApiProperty({ enum: CompletionSource }) source: CompletionSource;
  @ApiProperty({ example: 1, description: 'Credit hours: set for the session, else its length; 0 when unknown' }) hours: number;
}

export class TranscriptBadgeDto {
  @ApiProperty({ format: 'uuid' }) credentialId: string;
  @ApiProperty({ example: 'ltc-mfc-large-urban-dialogue-facilitation' }) achievement: string;
  @ApiProperty() name: string;
  @ApiProperty() issuedAt: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) validUntil: Date | null;
  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'The credential’s creditsEarned: the hours of its sessions on this transcript' })
  creditsEarned: number | null;
}

export class TranscriptDto {
  @ApiProperty({ type: TranscriptItemDto, isArray: true }) items: TranscriptItemDto[];
  @ApiProperty({ example: 3 }) totalHours: number;
  @ApiProperty({ example: 3 }) sessionsCompleted: number;
  @ApiProperty({ type: UnlockDto, isArray: true, description: 'Everything I have unlocked' }) unlocks: (UnlockDto & { series: string })[];
  @ApiProperty({ type: TranscriptBadgeDto, isArray: true, description: 'Badges in force, with the hours they state' }) badges: TranscriptBadgeDto[];
}

export class FunnelStepDto {
  @ApiProperty({ example: 2, description: 'Sessions completed' }) completed: number;
  @ApiProperty({ example: 14, description: 'Learners who completed exactly that many' }) learners: number;
}

export class SeriesFunnelDto {
  @ApiProperty({ example: 'dialogue-facilitation-large-urban' }) series: string;
  @ApiProperty({ example: 3 }) totalSessions: number;
  @ApiProperty({ example: 3 }) requiredSessions: number;
  @ApiProperty({ example: 120, description: 'Learners enrolled in at least one session' }) enrolled: number;
  @ApiProperty({ example: 80, description: 'Learners with at least one completed session' }) started: number;
  @ApiProperty({ type: FunnelStepDto, isArray: true }) byCompletedCount: FunnelStepDto[];
  @ApiProperty({ example: 31 }) unlocked: number;
}

export class TranscriptExportQueryDto {
  @ApiPropertyOptional({ enum: ['csv', 'json'], default: 'csv' })
  @IsOptional()
  @IsIn(['csv', 'json'], { message: 'format must be csv or json' })
  format?: 'csv' | 'json';
}
