import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { PrismaService, questionInsights } from '@stacks/db';
import { AdminOnly } from '../auth/auth.decorators.js';
import { QuestionInsightsDto, QuestionInsightsQueryDto } from './dto/question-insights.dto.js';

const DAY_MS = 86_400_000;

@AdminOnly()
@Controller('admin/questions')
export class AdminQuestionsController {
  constructor(private readonly prisma: PrismaService) {}

  @Get()
  @ApiOperation({ summary: 'What members ask: the most asked, unanswered and down-voted questions (turn one into an FAQ entry)' })
  @ApiOkResponse({ type: QuestionInsightsDto })
  insights(@Query() query: QuestionInsightsQueryDto): Promise<QuestionInsightsDto> {
    return questionInsights(this.prisma, { since: new Date(Date.now() - (query.days ?? 30) * DAY_MS), limit: query.limit ?? 20 });
  }
}
