import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

/** A recording is at most a day long, as recordingMinutes (1440). */
const MAX_POSITION_SECONDS = 86_400;

export class RecordingHeartbeatDto {
  @ApiProperty({ minimum: 0, maximum: MAX_POSITION_SECONDS, example: 120, description: 'Player position at the previous heartbeat, or where playing (re)started, in seconds' })
  @IsInt()
  @Min(0)
  @Max(MAX_POSITION_SECONDS)
  fromSecond: number;

  @ApiProperty({ minimum: 0, maximum: MAX_POSITION_SECONDS, example: 135, description: 'Player position now, in seconds; equal to fromSecond while paused' })
  @IsInt()
  @Min(0)
  @Max(MAX_POSITION_SECONDS)
  toSecond: number;
}

export class RecordingHeartbeatResultDto {
  @ApiProperty({ example: 'dialogue-facilitation-part-1' }) session: string;
  @ApiProperty({ type: Number, isArray: true, nullable: true, example: [120, 135], description: 'The part of the reported segment credited, [start, end) seconds' })
  credited: number[] | null;
  @ApiProperty({ type: String, nullable: true, enum: ['wall-clock', 'recording-length', 'segment-limit'], description: 'Why less than reported was credited' })
  limitedBy: string | null;
  @ApiProperty({ example: 1320, description: 'Seconds of the recording watched so far, each second once' }) watchedSeconds: number;
  @ApiProperty({ example: 36, description: 'Share of recordingMinutes watched, rounded down' }) watchedPercent: number;
  @ApiProperty({ description: 'Whether the session counts as completed for me' }) sessionCompleted: boolean;
}
