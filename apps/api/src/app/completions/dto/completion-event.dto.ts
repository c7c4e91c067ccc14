import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CompletionSource } from '@stacks/db';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxDate, Min, ValidateIf } from 'class-validator';

const LEARNER_SOURCES = [CompletionSource.RECORDING_VIEWED, CompletionSource.LIVE_ATTENDANCE] as const;
/** Allow for clock skew between a learner's device and the server. */
const FIVE_MINUTES_AHEAD = () => new Date(Date.now() + 5 * 60_000);

export class RecordCompletionEventDto {
  @ApiProperty({ description: 'Session UUID or slug', example: 'dialogue-facilitation-part-1' })
  @IsString()
  @Length(1, 120)
  session: string;

  @ApiProperty({ enum: LEARNER_SOURCES, example: CompletionSource.RECORDING_VIEWED })
  @IsIn(LEARNER_SOURCES)
  source: (typeof LEARNER_SOURCES)[number];

  @ApiPropertyOptional({ minimum: 0, maximum: 100, example: 92, description: 'Required for RECORDING_VIEWED' })
  @ValidateIf((event: RecordCompletionEventDto) => event.source === CompletionSource.RECORDING_VIEWED || event.viewedPercent !== undefined)
  @IsInt()
  @Min(0)
  @Max(100)
  viewedPercent?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1440, example: 55, description: 'Minutes attended live (LIVE_ATTENDANCE)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1440)
  minutesAttended?: number;

  @ApiPropertyOptional({ description: 'When it happened; defaults to now; not in the future', example: '2026-11-20T18:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MaxDate(FIVE_MINUTES_AHEAD, { message: 'occurredAt must not be in the future' })
  occurredAt?: Date;
}

export class AdminMarkCompletionDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId: string;

  @ApiProperty({ description: 'Session UUID or slug', example: 'dialogue-facilitation-part-2' })
  @IsString()
  @Length(1, 120)
  session: string;

  @ApiPropertyOptional({ example: '2026-11-20T18:00:00Z' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  @MaxDate(FIVE_MINUTES_AHEAD, { message: 'occurredAt must not be in the future' })
  occurredAt?: Date;
}

export class UnlockSummaryDto {
  @ApiProperty({ example: 'dialogue-facilitation-large-urban' }) series: string;
  @ApiProperty({ type: String, nullable: true, example: 'Invitation to the free pre-conference workshop' }) unlockTitle: string | null;
}

export class CompletionEventResultDto {
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ example: 'dialogue-facilitation-part-1' }) session: string;
  @ApiProperty({ enum: CompletionSource }) source: CompletionSource;
  @ApiProperty({ type: Number, nullable: true, example: 92, description: 'Highest share viewed so far' }) viewedPercent: number | null;
  @ApiProperty({ type: Number, nullable: true }) minutesAttended: number | null;
  @ApiProperty({ description: 'True when this repeated an event already recorded: nothing changed' }) duplicate: boolean;
  @ApiProperty({ description: 'Whether the session now counts as completed for me' }) sessionCompleted: boolean;
  @ApiProperty({ type: UnlockSummaryDto, isArray: true, description: 'Series this event completed, with what they unlock' })
  unlocked: UnlockSummaryDto[];
}
