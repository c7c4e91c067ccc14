import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class QuestionInsightsQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 30, description: 'Look back this many days' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class QuestionTallyDto {
  @ApiProperty() question: string;
  @ApiProperty() asked: number;
  @ApiProperty() unanswered: number;
  @ApiProperty() downVotes: number;
  @ApiProperty() upVotes: number;
  @ApiProperty() lastAnswer: string;
  @ApiProperty({ format: 'date-time' }) lastAskedAt: string;
}

export class QuestionInsightsDto {
  @ApiProperty({ type: [QuestionTallyDto] }) mostAsked: QuestionTallyDto[];
  @ApiProperty({ type: [QuestionTallyDto] }) unanswered: QuestionTallyDto[];
  @ApiProperty({ type: [QuestionTallyDto] }) downVoted: QuestionTallyDto[];
}
