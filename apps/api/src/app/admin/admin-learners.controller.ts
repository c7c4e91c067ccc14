import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { AdminOnly, type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { SeriesFunnelDto, SeriesProgressDto, TranscriptDto } from '../progress/dto/progress.dto.js';
import { ProgressService } from '../progress/progress.service.js';
import { RequestValidationException } from '../problem/validation-exception.factory.js';
import { AdminAccountsService } from './admin-accounts.service.js';
import { AdminLearnersService } from './admin-learners.service.js';
import { AccountChangeDto, ErasureRequestDto } from './dto/account-admin.dto.js';
import { LearnerPageDto, LearnerQueryDto } from './dto/learner-query.dto.js';

const USER_ID = new ParseUUIDPipe({ exceptionFactory: () => uuidError() });

@AdminOnly()
@Controller('admin')
export class AdminLearnersController {
  constructor(
    private readonly learners: AdminLearnersService,
    private readonly progress: ProgressService,
    private readonly accounts: AdminAccountsService,
  ) {}

  @Get('learners')
  @ApiOperation({ summary: 'Search learners by email or name' })
  @ApiOkResponse({ type: LearnerPageDto })
  list(@Query() query: LearnerQueryDto) {
    return this.learners.list(query);
  }

  @Patch('learners/:userId')
  @ApiOperation({ summary: 'Change a person’s role, disable (signs out everywhere) or enable them, or mark their address verified; audited' })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiOkResponse({ description: 'The account after the change' })
  @ApiNotFoundResponse({ description: 'No such person' })
  @ApiConflictResponse({ description: 'An admin cannot change their own role or disable themselves' })
  change(@CurrentUser() admin: AuthenticatedUser, @Param('userId', USER_ID) userId: string, @Body() body: AccountChangeDto) {
    return this.accounts.change(admin.id, userId, body);
  }

  @Delete('learners/:userId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase a learner’s personal data at their request (as DELETE /me does); audited' })
  @ApiParam({ name: 'userId', format: 'uuid' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such learner' })
  @ApiConflictResponse({ description: 'Not a learner account, or the admin’s own' })
  async erase(@CurrentUser() admin: AuthenticatedUser, @Param('userId', USER_ID) userId: string, @Body() body: ErasureRequestDto): Promise<void> {
    await this.accounts.erase(admin.id, userId, body.reason);
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
