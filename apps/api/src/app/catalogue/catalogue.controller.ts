import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { CatalogueService } from './catalogue.service.js';
import { KeyDateQueryDto, ProgramQueryDto, SessionQueryDto } from './dto/catalogue-query.dto.js';
import { KeyDatePageDto, ProgramDetailDto, ProgramPageDto, SeriesDetailDto, SessionDetailDto, SessionPageDto } from './dto/catalogue.dto.js';

const ID_OR_SLUG = { name: 'idOrSlug', description: 'UUID or slug', example: 'ltc-models-for-change' };

/** The public catalogue: anyone may browse what the association offers. */
@ApiTags('catalogue')
@Public()
@Controller()
export class CatalogueController {
  constructor(private readonly catalogue: CatalogueService) {}

  @Get('programs')
  @ApiOperation({ summary: 'List and search programs', description: 'Full-text search with `q`; filter by kind, library type and size.' })
  @ApiOkResponse({ type: ProgramPageDto })
  listPrograms(@Query() query: ProgramQueryDto) {
    return this.catalogue.listPrograms(query);
  }

  @Get('programs/:idOrSlug')
  @ApiOperation({ summary: 'A program with its partners, funders, series, sessions and key dates' })
  @ApiParam(ID_OR_SLUG)
  @ApiOkResponse({ type: ProgramDetailDto })
  @ApiNotFoundResponse({ description: 'No such program' })
  program(@Param('idOrSlug') idOrSlug: string) {
    return this.catalogue.program(idOrSlug);
  }

  @Get('series/:idOrSlug')
  @ApiOperation({ summary: 'A series: its ordered sessions, completion rule and what completing it unlocks' })
  @ApiParam({ ...ID_OR_SLUG, example: 'dialogue-facilitation-large-urban' })
  @ApiOkResponse({ type: SeriesDetailDto })
  @ApiNotFoundResponse({ description: 'No such series' })
  series(@Param('idOrSlug') idOrSlug: string) {
    return this.catalogue.series(idOrSlug);
  }

  @Get('sessions')
  @ApiOperation({ summary: 'List and search sessions', description: 'Filter by program, type, library type, upcoming/past, free, and a start-date range.' })
  @ApiOkResponse({ type: SessionPageDto })
  listSessions(@Query() query: SessionQueryDto) {
    return this.catalogue.listSessions(query);
  }

  @Get('sessions/:idOrSlug')
  @ApiOperation({ summary: 'A session with seats left and waitlist length' })
  @ApiParam({ ...ID_OR_SLUG, example: 'dialogue-facilitation-part-1' })
  @ApiOkResponse({ type: SessionDetailDto })
  @ApiNotFoundResponse({ description: 'No such session' })
  session(@Param('idOrSlug') idOrSlug: string) {
    return this.catalogue.session(idOrSlug);
  }

  @Get('key-dates')
  @ApiOperation({ summary: 'Deadlines, observances and announcements, e.g. membership deadlines' })
  @ApiOkResponse({ type: KeyDatePageDto })
  listKeyDates(@Query() query: KeyDateQueryDto) {
    return this.catalogue.listKeyDates(query);
  }
}
