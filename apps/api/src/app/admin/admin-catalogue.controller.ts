import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { ProgramSummaryDto, SeriesSummaryDto } from '../catalogue/dto/catalogue.dto.js';
import { AdminCatalogueService } from './admin-catalogue.service.js';
import { CreateProgramDto, CreateSeriesDto } from './dto/catalogue-admin.dto.js';

@AdminOnly()
@Controller('admin')
export class AdminCatalogueController {
  constructor(private readonly catalogue: AdminCatalogueService) {}

  @Post('programs')
  @ApiOperation({
    summary: 'Create a program (audited; a repeat of the same request returns it)',
    description: 'The slug is the key: the same slug with the same content answers 200 with the program, with different content 409.',
  })
  @ApiCreatedResponse({ type: ProgramSummaryDto, description: 'Created' })
  @ApiOkResponse({ type: ProgramSummaryDto, description: 'A repeat: the program already exists exactly as sent' })
  @ApiConflictResponse({ description: 'Another program has this slug' })
  async createProgram(
    @CurrentUser() admin: AuthenticatedUser,
    @Body() body: CreateProgramDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProgramSummaryDto> {
    const { created, value } = await this.catalogue.createProgram(admin.id, body);
    void reply.status(created ? 201 : 200);
    return value;
  }

  @Post('series')
  @ApiOperation({
    summary: 'Create a series in a program (audited; a repeat of the same request returns it)',
    description: 'Sessions join it through POST /admin/sessions (series + position). Same slug and content: 200; different content: 409.',
  })
  @ApiCreatedResponse({ type: SeriesSummaryDto, description: 'Created' })
  @ApiOkResponse({ type: SeriesSummaryDto, description: 'A repeat: the series already exists exactly as sent' })
  @ApiNotFoundResponse({ description: 'No such program' })
  @ApiConflictResponse({ description: 'Another series has this slug' })
  async createSeries(
    @CurrentUser() admin: AuthenticatedUser,
    @Body() body: CreateSeriesDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SeriesSummaryDto> {
    const { created, value } = await this.catalogue.createSeries(admin.id, body);
    void reply.status(created ? 201 : 200);
    return value;
  }
}
