import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const MAX_QUESTION_LENGTH = 500;

export class AskDto {
  @ApiProperty({ example: 'When is the next National Day of Racial Healing?', minLength: 1, maxLength: MAX_QUESTION_LENGTH })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_QUESTION_LENGTH)
  question: string;
}

export class SourceLinkDto {
  @ApiProperty({ example: 'Libraries Transforming Communities' })
  title: string;

  @ApiProperty({ example: 'https://www.ala.org/tools/librariestransform/libraries-transforming-communities' })
  url: string;
}

export class RateAnswerDto {
  @ApiProperty({ enum: ['up', 'down'], description: '👍 or 👎 for the answer' })
  @IsIn(['up', 'down'])
  rating: 'up' | 'down';
}

export class AnswerDto {
  @ApiProperty({ format: 'uuid', description: 'Id of this question, for rating the answer (POST /api/v1/ask/{id}/rating)' })
  id: string;

  @ApiProperty({
    description: 'A short, direct answer; when unsure it starts with "I don\'t know" and names close topics.',
    example: 'Libraries Transforming Communities (LTC) is led by the American Library Association (ALA), in partnership with the Harwood Institute for Public Innovation. It is funded by the Bill & Melinda Gates Foundation — funded the original Libraries Transforming Communities initiative through a grant.',
  })
  answer: string;

  @ApiProperty({ type: [SourceLinkDto], description: 'Titled links the answer comes from: our catalogue pages, and the association pages the source documents name.' })
  sources: SourceLinkDto[];

  @ApiProperty({ minimum: 0, maximum: 1, description: 'How much of the question the answer covers (0..1).', example: 0.92 })
  confidence: number;
}
