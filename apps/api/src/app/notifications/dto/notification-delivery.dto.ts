import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NotificationChannel, NotificationDeliveryStatus } from '@stacks/db';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';

export class DeliveryQueryDto {
  @ApiPropertyOptional({ enum: [NotificationDeliveryStatus.DEAD, NotificationDeliveryStatus.FAILED], default: NotificationDeliveryStatus.DEAD })
  @IsOptional()
  @IsEnum({ DEAD: NotificationDeliveryStatus.DEAD, FAILED: NotificationDeliveryStatus.FAILED })
  status?: 'DEAD' | 'FAILED';

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class NotificationDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'reminder.<session>.<learner>.<start ms>.60' }) key: string;
  @ApiProperty({ enum: NotificationChannel }) channel: NotificationChannel;
  @ApiProperty({ example: 'session-reminder' }) kind: string;
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ enum: NotificationDeliveryStatus }) status: NotificationDeliveryStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) dueAt: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) sentAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}
