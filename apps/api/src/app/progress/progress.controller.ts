import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { SeriesProgressDto, TranscriptDto } from './dto/progress.dto.js';
import { ProgressService } from './progress.service.js';

@ApiTags('progress')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('progress')
  @ApiOperation({ summary: 'My progress in every series I have started or enrolled in' })
  @ApiOkResponse({ type: SeriesProgressDto, isArray: true })
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.progress.seriesProgress(user.id);
  }

  @Get('progress/:series')
  @ApiOperation({ summary: 'My progress in one series: done, remaining, percentage, what it unlocks and what I still need' })
  @ApiParam({ name: 'series', description: 'Series UUID or slug', example: 'dialogue-facilitation-large-urban' })
  @ApiOkResponse({ type: SeriesProgressDto })
  @ApiNotFoundResponse({ description: 'No such series' })
  async one(@CurrentUser() user: AuthenticatedUser, @Param('series') series: string) {
    const [progress] = await this.progress.seriesProgress(user.id, series);
    return progress;
  }

  @Get('transcript')
  @ApiOperation({ summary: 'My transcript: every completed session with hours and dates, and my unlocks' })
  @ApiOkResponse({ type: TranscriptDto })
  transcript(@CurrentUser() user: AuthenticatedUser) {
    return this.progress.transcript(user.id);
  }
}
