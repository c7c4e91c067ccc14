import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENTRY_ID_PATTERN } from '@stacks/answering';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const MAX_QUESTION_LENGTH = 500;
export const MAX_ENTRY_ID_LENGTH = 200;

const QUESTION_EXAMPLE = 'When is the next National Day of Racial Healing?';

/** What a member types: trimmed, a non-empty string of at most MAX_QUESTION_LENGTH characters. */
function QuestionText() {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? value.trim() : value)),
    IsString(),
    IsNotEmpty(),
    MaxLength(MAX_QUESTION_LENGTH),
  );
}

export class AskDto {
  @ApiProperty({ example: QUESTION_EXAMPLE, minLength: 1, maxLength: MAX_QUESTION_LENGTH })
  @QuestionText()
  question: string;
}

export class AskTopicDto {
  @ApiProperty({
    description: 'The entryId of one of the suggestions an unsure answer offered',
    example: 'program:ltc-models-for-change',
    pattern: ENTRY_ID_PATTERN.source,
    maxLength: MAX_ENTRY_ID_LENGTH,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_ENTRY_ID_LENGTH)
  @Matches(ENTRY_ID_PATTERN, { message: 'entryId must be the entryId of a suggested topic' })
  entryId: string;

  @ApiPropertyOptional({
    description: 'The question the member had asked, so the answer is worded for it (and logged with it)',
    example: QUESTION_EXAMPLE,
    minLength: 1,
    maxLength: MAX_QUESTION_LENGTH,
  })
  @IsOptional()
  @QuestionText()
  question?: string;
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

export class SuggestedTopicDto {
  @ApiProperty({ description: 'Post it to POST /api/v1/ask/topic to get the answer of this topic', example: 'program:ltc-models-for-change' })
  entryId: string;

  @ApiProperty({ description: 'The topic, as a member reads it', example: 'Libraries Transforming Communities: Models for Change' })
  topic: string;
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

  @ApiProperty({
    type: [SuggestedTopicDto],
    description: 'Close topics offered when the answer is unsure (at most three); empty when it is confident.',
  })
  suggestions: SuggestedTopicDto[];

  @ApiProperty({
    type: [SuggestedTopicDto],
    description: 'With a confident answer, up to two other topics the question came close to, in case the answer is not what was meant (POST /api/v1/ask/topic answers one); empty otherwise.',
  })
  related: SuggestedTopicDto[];
}
