import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiHeader, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { RequestValidationException } from '../problem/validation-exception.factory.js';
import { RateLimit, RateLimitName } from '../rate-limit/rate-limit.js';
import { AskService } from './ask.service.js';
import { AnswerDto, AskDto, RateAnswerDto } from './dto/ask.dto.js';

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
  @ApiHeader({ name: 'x-stacks-client', required: false, description: '"web" from the web app; counts questions by channel' })
  answer(@Body() body: AskDto, @Headers('x-stacks-client') client?: string): Promise<AnswerDto> {
    return this.ask.ask(body.question, client === 'web' ? 'web' : 'api');
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
