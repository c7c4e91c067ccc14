import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { SeriesProgressDto, TranscriptDto, TranscriptExportQueryDto } from './dto/progress.dto.js';
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

  @Get('transcript/export')
  @ApiOperation({ summary: 'My transcript as a file to keep: CSV (one row per session, credit hours, a total) or JSON' })
  @ApiProduces('text/csv', 'application/json')
  @ApiOkResponse({ description: 'The transcript file (Content-Disposition: attachment)' })
  async transcriptExport(@CurrentUser() user: AuthenticatedUser, @Query() query: TranscriptExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const format = query.format ?? 'csv';
    const file = await this.progress.transcriptExport(user.id, format);
    reply.type(file.contentType).header('content-disposition', `attachment; filename="stacks-transcript.${format}"`).header('cache-control', 'no-store');
    return file.body;
  }
}
