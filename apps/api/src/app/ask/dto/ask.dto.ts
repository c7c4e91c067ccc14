import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export const MAX_QUESTION_LENGTH = 500;

export class AskDto {
  @ApiProperty({ example: 'When is the next National Day of Racial Healing?', minLength: 1, maxLength: MAX_QUESTION_LENGTH })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_QUESTION_LENGTH)
  question: string;
}

export class AnswerDto {
  @ApiProperty({
    description: 'A short, direct answer; when unsure it starts with "I don\'t know" and names close topics.',
    example: 'Libraries Transforming Communities (LTC). Led by: American Library Association (ALA). Funded by: Bill & Melinda Gates Foundation.',
  })
  answer: string;

  @ApiProperty({ type: [String], description: 'Links the answer comes from.', example: ['https://www.ala.org/tools/librariestransform/libraries-transforming-communities'] })
  sources: string[];

  @ApiProperty({ minimum: 0, maximum: 1, description: 'How much of the question the answer covers (0..1).', example: 0.92 })
  confidence: number;
}
