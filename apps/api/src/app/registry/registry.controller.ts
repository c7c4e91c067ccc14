import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, type AuthenticatedUser, CurrentUser, Public } from '../auth/auth.decorators.js';
import {
  AdminRegistryQueryDto,
  CreateRegistrySubmissionDto,
  RegistryDecisionDto,
  RegistryExportQueryDto,
  RegistryPageDto,
  RegistryQueryDto,
  RegistrySubmissionDto,
  RegistrySubmissionPageDto,
  UpdateRegistrySubmissionDto,
} from './dto/registry.dto.js';
import { REGISTRY_EXPORT_MAX_ROWS, RegistryService } from './registry.service.js';

const SUBMISSION_PARAM = { name: 'submission', description: 'Submission UUID' };

/** The public registry of programs libraries host (e.g. Día programs): anyone may search and export it. */
@ApiTags('registry')
@Public()
@Controller('registry')
export class RegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get()
  @ApiOperation({ summary: 'Search the published programs libraries host', description: 'Filter by program, date range, state and language; `q` matches words in the title, library, city or description.' })
  @ApiOkResponse({ type: RegistryPageDto })
  @ApiBadRequestResponse({ description: 'A filter is malformed (problem+json naming it)' })
  list(@Query() query: RegistryQueryDto) {
    return this.registry.publicList(query);
  }

  @Get('export')
  @ApiOperation({ summary: `The published programs matching the filters as CSV or JSON (at most ${REGISTRY_EXPORT_MAX_ROWS}; X-Truncated: true when there were more)` })
  @ApiProduces('text/csv', 'application/json')
  @ApiOkResponse({ description: 'The export file (Content-Disposition: attachment)' })
  @ApiBadRequestResponse({ description: 'A filter is malformed (problem+json naming it)' })
  async export(@Query() query: RegistryExportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const format = query.format ?? 'csv';
    const file = await this.registry.export(query, format);
    reply.type(file.contentType).header('content-disposition', `attachment; filename="program-registry.${format}"`).header('x-truncated', String(file.truncated));
    return file.body;
  }
}

/** A library's own submissions: signed-in learners submit and follow them. */
@ApiTags('registry')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me/registry-submissions')
export class MyRegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Post()
  @ApiOperation({ summary: 'Submit a program my library hosts (a retry of the same submission returns the first)' })
  @ApiCreatedResponse({ type: RegistrySubmissionDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule (problem+json naming field and rule), or the program does not exist' })
  submit(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateRegistrySubmissionDto) {
    return this.registry.submit(user.id, body);
  }

  @Get()
  @ApiOperation({ summary: 'My submissions and what staff decided' })
  @ApiOkResponse({ type: [RegistrySubmissionDto] })
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.registry.mine(user.id);
  }

  @Get(':submission')
  @ApiOperation({ summary: 'One of my submissions' })
  @ApiParam(SUBMISSION_PARAM)
  @ApiOkResponse({ type: RegistrySubmissionDto })
  @ApiNotFoundResponse({ description: 'No such submission of mine' })
  one(@CurrentUser() user: AuthenticatedUser, @Param('submission') id: string) {
    return this.registry.mineOne(user.id, id);
  }

  @Patch(':submission')
  @ApiOperation({ summary: 'Edit my submission; after "changes requested" the edit goes back to review' })
  @ApiParam(SUBMISSION_PARAM)
  @ApiOkResponse({ type: RegistrySubmissionDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule (problem+json naming field and rule)' })
  @ApiNotFoundResponse({ description: 'No such submission of mine' })
  @ApiConflictResponse({ description: 'Already published or rejected' })
  update(@CurrentUser() user: AuthenticatedUser, @Param('submission') id: string, @Body() body: UpdateRegistrySubmissionDto) {
    return this.registry.update(user.id, id, body);
  }
}

/** Staff review the registry: publish, ask for changes, or reject with a reason. */
@AdminOnly()
@Controller('admin/registry-submissions')
export class AdminRegistryController {
  constructor(private readonly registry: RegistryService) {}

  @Get()
  @ApiOperation({ summary: 'Submissions to review (default PENDING), oldest first' })
  @ApiOkResponse({ type: RegistrySubmissionPageDto })
  @ApiBadRequestResponse({ description: 'A filter is malformed' })
  list(@Query() query: AdminRegistryQueryDto) {
    return this.registry.adminList(query);
  }

  @Post(':submission/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish, request changes or reject (with a note); the submitter is told once per decision. Repeating a decision changes nothing.' })
  @ApiParam(SUBMISSION_PARAM)
  @ApiOkResponse({ type: RegistrySubmissionDto })
  @ApiBadRequestResponse({ description: 'The decision or note is malformed' })
  @ApiNotFoundResponse({ description: 'No such submission' })
  @ApiConflictResponse({ description: 'The decision is not possible from the current state (e.g. a rejection is final), or a note is missing' })
  decide(@CurrentUser() admin: AuthenticatedUser, @Param('submission') id: string, @Body() body: RegistryDecisionDto) {
    return this.registry.decide(admin.id, id, body);
  }
}
