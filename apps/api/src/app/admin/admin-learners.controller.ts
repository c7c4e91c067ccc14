import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { AdminOnly } from '../auth/auth.decorators.js';
import { SeriesFunnelDto, SeriesProgressDto, TranscriptDto } from '../progress/dto/progress.dto.js';
import { ProgressService } from '../progress/progress.service.js';
import { RequestValidationException } from '../problem/validation-exception.factory.js';
import { AdminLearnersService } from './admin-learners.service.js';
import { LearnerPageDto, LearnerQueryDto } from './dto/learner-query.dto.js';

const USER_ID = new ParseUUIDPipe({ exceptionFactory: () => uuidError() });

@AdminOnly()
@Controller('admin')
export class AdminLearnersController {
  constructor(
    private readonly learners: AdminLearnersService,
    private readonly progress: ProgressService,
  ) {}

  @Get('learners')
  @ApiOperation({ summary: 'Search learners by email or name' })
  @ApiOkResponse({ type: LearnerPageDto })
  list(@Query() query: LearnerQueryDto) {
    return this.learners.list(query);
  }

  @Get('learners/:userId/progress')
  @ApiOperation({ summary: 'A learner’s progress in every series they have touched' })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({ type: SeriesProgressDto, isArray: true })
  @ApiNotFoundResponse({ description: 'No such learner' })
  async learnerProgress(@Param('userId', USER_ID) userId: string) {
    await this.learners.assertExists(userId);
    return this.progress.seriesProgress(userId);
  }

  @Get('learners/:userId/transcript')
  @ApiOperation({ summary: 'A learner’s transcript' })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({ type: TranscriptDto })
  @ApiNotFoundResponse({ description: 'No such learner' })
  async learnerTranscript(@Param('userId', USER_ID) userId: string) {
    await this.learners.assertExists(userId);
    return this.progress.transcript(userId);
  }

  @Get('series/:series/funnel')
  @ApiOperation({ summary: 'Completion funnel of a series: enrolled, started, how many sessions done, unlocked' })
  @ApiParam({ name: 'series', example: 'dialogue-facilitation-large-urban' })
  @ApiOkResponse({ type: SeriesFunnelDto })
  @ApiNotFoundResponse({ description: 'No such series' })
  funnel(@Param('series') series: string) {
    return this.progress.funnel(series);
  }
}

function uuidError() {
  return new RequestValidationException([{ field: 'userId', rule: 'isUuid', message: 'userId must be a UUID' }]);
}
