import { ApiProperty } from '@nestjs/swagger';
import { EnrolmentStatus } from '@stacks/db';
import { SessionSummaryDto } from '../../catalogue/dto/catalogue.dto.js';

export class EnrolmentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EnrolmentStatus, example: EnrolmentStatus.ENROLLED }) status: EnrolmentStatus;
  @ApiProperty({ type: Number, nullable: true, example: 3, description: 'Place in the waitlist (1 = next to be promoted)' })
  waitlistPosition: number | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ type: SessionSummaryDto }) session: SessionSummaryDto;
}
