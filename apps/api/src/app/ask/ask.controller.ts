import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { AskChannel } from '@stacks/db';
import { Public } from '../auth/auth.decorators.js';
import { RequestValidationException } from '../problem/validation-exception.factory.js';
import { RateLimit, RateLimitName } from '../rate-limit/rate-limit.js';
import { AskService } from './ask.service.js';
import { AnswerDto, AskDto, AskTopicDto, RateAnswerDto } from './dto/ask.dto.js';

const CLIENT_HEADER = { name: 'x-stacks-client', required: false, description: '"web" from the web app; counts questions by channel' };
const channelOf = (client?: string): AskChannel => (client === 'web' ? 'web' : 'api');

const QUESTION_ID = new ParseUUIDPipe({
  exceptionFactory: () => new RequestValidationException([{ field: 'id', rule: 'isUuid', message: 'id must be the UUID of an answer' }]),
});

@ApiTags('ask')
@Public()
@Controller('ask')
export class AskController {
  constructor(private readonly ask: AskService) {}

  @Post()
  @HttpCode(200)
  @RateLimit(RateLimitName.Ask)
  @ApiOperation({
    summary: 'Ask a question about programs, dates, partners, rules and badges',
    description:
      'Answers from the catalogue and the curated FAQ, with source links. Time questions are answered relative to now. ' +
      'Below the confidence threshold the answer says it does not know and suggests close topics.',
  })
  @ApiOkResponse({ type: AnswerDto })
  @ApiBadRequestResponse({ description: 'Missing, empty or too long question, or unknown fields' })
  @ApiTooManyRequestsResponse({ description: 'Too many questions from this address in the last minute' })
  @ApiHeader(CLIENT_HEADER)
  answer(@Body() body: AskDto, @Headers('x-stacks-client') client?: string): Promise<AnswerDto> {
    return this.ask.ask(body.question, channelOf(client));
  }

  @Post('topic')
  @HttpCode(200)
  @RateLimit(RateLimitName.Ask)
  @ApiOperation({
    summary: 'Answer a topic picked from the suggestions of an unsure answer',
    description:
      'Answers the knowledge entry of one of `suggestions` (its `entryId`), worded for the question the member had asked when given. ' +
      'The answer is logged like a question, so it has an id to rate.',
  })
  @ApiOkResponse({ type: AnswerDto })
  @ApiBadRequestResponse({ description: 'Missing or malformed entryId, empty or too long question, or unknown fields' })
  @ApiNotFoundResponse({ description: 'No such topic (any more): the problem names entryId' })
  @ApiTooManyRequestsResponse({ description: 'Too many questions from this address in the last minute' })
  @ApiHeader(CLIENT_HEADER)
  answerTopic(@Body() body: AskTopicDto, @Headers('x-stacks-client') client?: string): Promise<AnswerDto> {
    return this.ask.askTopic(body.entryId, body.question, channelOf(client));
  }

  @Post(':id/rating')
  @HttpCode(204)
  @RateLimit(RateLimitName.Ask)
  @ApiOperation({ summary: 'Rate an answer 👍 or 👎 (idempotent; a later rating replaces an earlier one)' })
  @ApiNoContentResponse({ description: 'Recorded' })
  @ApiNotFoundResponse({ description: 'No such question' })
  @ApiTooManyRequestsResponse({ description: 'Too many questions and ratings from this address in the last minute' })
  async rate(@Param('id', QUESTION_ID) id: string, @Body() body: RateAnswerDto): Promise<void> {
    await this.ask.rate(id, body.rating);
  }
}
