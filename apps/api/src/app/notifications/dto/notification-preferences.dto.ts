import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export class NotificationPreferencesDto {
  @ApiProperty({ description: 'Receive messages by e-mail' })
  @IsBoolean()
  emailEnabled: boolean;

  @ApiProperty({ description: 'Receive messages as Discord direct messages (needs a linked Discord account)' })
  @IsBoolean()
  discordEnabled: boolean;

  @ApiProperty({ description: 'Reminders before live sessions I am enrolled in' })
  @IsBoolean()
  remindersEnabled: boolean;

  @ApiProperty({ description: 'Nudges about a series I started and have not finished' })
  @IsBoolean()
  nudgesEnabled: boolean;

  @ApiProperty({ description: 'A weekly digest of upcoming sessions' })
  @IsBoolean()
  weeklyDigest: boolean;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1439, example: 1320, description: 'Quiet hours start, minutes after local midnight (22:00 = 1320); null for none' })
  @ValidateIf((body: NotificationPreferencesDto) => body.quietHoursStart !== null && body.quietHoursStart !== undefined)
  @IsInt()
  @Min(0)
  @Max(1439)
  quietHoursStart?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, maximum: 1439, example: 420, description: 'Quiet hours end, minutes after local midnight (07:00 = 420); null for none' })
  @ValidateIf((body: NotificationPreferencesDto) => body.quietHoursEnd !== null && body.quietHoursEnd !== undefined)
  @IsInt()
  @Min(0)
  @Max(1439)
  quietHoursEnd?: number | null;

  @ApiProperty({ description: 'false stops every message (the one-click unsubscribe link sets it); true opts back in' })
  @IsBoolean()
  subscribed: boolean;
}

export class NotificationPreferencesViewDto extends NotificationPreferencesDto {
  @ApiProperty({ example: 'America/Chicago', description: 'From my member profile (PATCH /me/profile changes it); quiet hours are in this zone' })
  timeZone: string;

  @ApiProperty({ description: 'Whether a Discord account is linked (Discord messages need one)' })
  discordLinked: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  unsubscribedAt: Date | null;
}

export class UnsubscribeQueryDto {
  @ApiPropertyOptional({ description: 'Signed token from the unsubscribe link' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  token?: string;
}
