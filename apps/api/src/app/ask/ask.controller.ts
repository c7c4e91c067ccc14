import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { RateLimit, RateLimitName } from '../rate-limit/rate-limit.js';
import { AskService } from './ask.service.js';
import { AnswerDto, AskDto } from './dto/ask.dto.js';

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
  answer(@Body() body: AskDto): Promise<AnswerDto> {
    return this.ask.ask(body.question);
  }
}
