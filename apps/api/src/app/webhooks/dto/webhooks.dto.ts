import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { WebhookDeliveryStatus, XapiStatementStatus } from '@stacks/db';
import { SUBSCRIBABLE_EVENT_TYPES } from '@stacks/queue-contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../common/pagination.dto.js';

export class CreateWebhookEndpointDto {
  @ApiProperty({ example: 'https://crm.example.org/hooks/stacks', maxLength: 2048, description: 'https (http only outside production); never a loopback or private address' })
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiProperty({ enum: SUBSCRIBABLE_EVENT_TYPES, isArray: true, example: ['badge.awarded', 'session.completed'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(SUBSCRIBABLE_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(SUBSCRIBABLE_EVENT_TYPES, { each: true, message: `eventTypes must each be one of ${SUBSCRIBABLE_EVENT_TYPES.join(', ')}` })
  eventTypes: string[];

  @ApiPropertyOptional({ example: 'Membership database', maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateWebhookEndpointDto extends PartialType(CreateWebhookEndpointDto) {}

export class WebhookEndpointDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: SUBSCRIBABLE_EVENT_TYPES, isArray: true }) eventTypes: string[];
  @ApiProperty() enabled: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Until then deliveries are also signed with the secret before the last rotation' })
  previousSecretExpiresAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: Date;
}

export class WebhookEndpointWithSecretDto extends WebhookEndpointDto {
  @ApiProperty({ example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', description: 'The signing secret: shown this once, never returned again' })
  secret: string;
}

export class WebhookEventTypesDto {
  @ApiProperty({ enum: SUBSCRIBABLE_EVENT_TYPES, isArray: true }) eventTypes: string[];
}

export class WebhookDeliveryQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: WebhookDeliveryStatus })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;
}

export class WebhookDeliveryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'msg_0b7c1a522f0e4a439d6e0f3c8d1e2b44', description: 'The webhook-id header: the same on every attempt and replay' }) webhookId: string;
  @ApiProperty({ format: 'uuid' }) endpointId: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ example: 'badge.awarded' }) eventType: string;
  @ApiProperty({ enum: WebhookDeliveryStatus }) status: WebhookDeliveryStatus;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: Number, nullable: true }) lastStatusCode: number | null;
  @ApiProperty({ type: Number, nullable: true }) lastLatencyMs: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'First 1 KB of the last response' }) lastResponse: string | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) lastAttemptAt: Date | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) deliveredAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
}

export class XapiStatementDto {
  @ApiProperty({ format: 'uuid', description: 'The statement id (stable: the same fact always has the same id)' }) id: string;
  @ApiProperty({ example: 'completed' }) verb: string;
  @ApiProperty({ enum: XapiStatementStatus }) status: XapiStatementStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) sentAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The xAPI 1.0.3 statement as sent to the LRS' }) statement: Record<string, unknown>;
}
