import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminOnly, type AuthenticatedUser, CurrentUser, Public } from '../auth/auth.decorators.js';
import { CohortsService } from './cohorts.service.js';
import {
  AdminApplicationQueryDto,
  AdminCohortProgressDto,
  CohortApplicationDto,
  CohortDecisionDto,
  CohortDto,
  CohortProgressDto,
  CreateCohortApplicationDto,
  CreateCohortDto,
  PutCohortBadgeDto,
} from './dto/cohort.dto.js';

const COHORT_PARAM = { name: 'cohort', description: 'Cohort UUID or slug', example: 'ltc-public-innovators-cohort-intake' };
const APPLICATION_PARAM = { name: 'application', description: 'Application UUID' };

@ApiTags('cohorts')
@Controller()
export class CohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Public()
  @Get('cohorts')
  @ApiOperation({ summary: 'Cohort programs taking (or that took) applications' })
  @ApiOkResponse({ type: [CohortDto] })
  list() {
    return this.cohorts.list();
  }

  @Public()
  @Get('cohorts/:cohort')
  @ApiOperation({ summary: 'A cohort: its questions, capacity and seats taken' })
  @ApiParam(COHORT_PARAM)
  @ApiOkResponse({ type: CohortDto })
  @ApiNotFoundResponse({ description: 'No such cohort' })
  one(@Param('cohort') cohort: string) {
    return this.cohorts.one(cohort);
  }

  @Post('cohorts/:cohort/applications')
  @ApiBearerAuth('bearer')
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
  @ApiOperation({ summary: "Apply with my library's team (one application per account; applying again returns the first, 200)" })
  @ApiParam(COHORT_PARAM)
  @ApiCreatedResponse({ type: CohortApplicationDto })
  @ApiOkResponse({ type: CohortApplicationDto, description: 'I had already applied: my application' })
  @ApiBadRequestResponse({ description: 'A field breaks a rule (e.g. not one answer per question, the applicant missing from the team)' })
  @ApiNotFoundResponse({ description: 'No such cohort' })
  @ApiConflictResponse({ description: 'Applications are closed' })
  async apply(@CurrentUser() user: AuthenticatedUser, @Param('cohort') cohort: string, @Body() body: CreateCohortApplicationDto, @Res({ passthrough: true }) reply: FastifyReply) {
    const { created, application } = await this.cohorts.apply(user.id, cohort, body);
    reply.status(created ? 201 : 200);
    return application;
  }

  @Get('cohorts/:cohort/progress')
  @ApiBearerAuth('bearer')
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
  @ApiOperation({ summary: "My team's progress through the cohort's sessions (selected teams only)" })
  @ApiParam(COHORT_PARAM)
  @ApiOkResponse({ type: CohortProgressDto })
  @ApiForbiddenResponse({ description: 'I am not on a team selected for this cohort' })
  @ApiNotFoundResponse({ description: 'No such cohort' })
  progress(@CurrentUser() user: AuthenticatedUser, @Param('cohort') cohort: string) {
    return this.cohorts.progress(user.id, cohort);
  }

  @Get('me/cohort-applications')
  @ApiBearerAuth('bearer')
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
  @ApiOperation({ summary: 'My cohort applications and their decisions' })
  @ApiOkResponse({ type: [CohortApplicationDto] })
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.cohorts.mine(user.id);
  }

  @Get('me/cohort-applications/:application')
  @ApiBearerAuth('bearer')
  @ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
  @ApiOperation({ summary: 'One of my cohort applications' })
  @ApiParam(APPLICATION_PARAM)
  @ApiOkResponse({ type: CohortApplicationDto })
  @ApiNotFoundResponse({ description: 'No such application of mine' })
  mineOne(@CurrentUser() user: AuthenticatedUser, @Param('application') application: string) {
    return this.cohorts.mineOne(user.id, application);
  }
}

/** Staff run a cohort: create it, read applications, select teams (capacity enforced), restrict sessions. */
@AdminOnly()
@Controller('admin')
export class AdminCohortsController {
  constructor(private readonly cohorts: CohortsService) {}

  @Post('cohorts')
  @ApiOperation({ summary: 'Open a cohort of a cohort program (audited)' })
  @ApiCreatedResponse({ type: CohortDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule, or the program does not exist' })
  @ApiConflictResponse({ description: 'The slug is taken' })
  create(@CurrentUser() admin: AuthenticatedUser, @Body() body: CreateCohortDto) {
    return this.cohorts.create(admin.id, body);
  }

  @Get('cohorts/:cohort/applications')
  @ApiOperation({ summary: "A cohort's applications, oldest first" })
  @ApiParam(COHORT_PARAM)
  @ApiOkResponse({ type: [CohortApplicationDto] })
  @ApiBadRequestResponse({ description: 'The status filter is malformed' })
  @ApiNotFoundResponse({ description: 'No such cohort' })
  applications(@Param('cohort') cohort: string, @Query() query: AdminApplicationQueryDto) {
    return this.cohorts.applications(cohort, query.status);
  }

  @Put('cohorts/:cohort/badge')
  @ApiOperation({
    summary: "Create or update the cohort's badge (audited)",
    description:
      "Members of the cohort's selected teams who complete every scheduled session of it earn this badge, issued once by the worker (never in this request); members who already completed it get it when the badge is first linked. The slug cannot change once set.",
  })
  @ApiParam(COHORT_PARAM)
  @ApiOkResponse({ type: CohortDto })
  @ApiBadRequestResponse({ description: 'A field breaks a rule, or the issuer does not exist' })
  @ApiNotFoundResponse({ description: 'No such cohort' })
  @ApiConflictResponse({ description: "The slug belongs to another achievement, or the cohort's badge has another slug" })
  putBadge(@CurrentUser() admin: AuthenticatedUser, @Param('cohort') cohort: string, @Body() body: PutCohortBadgeDto) {
    return this.cohorts.putBadge(admin.id, cohort, body);
  }

  @Get('cohorts/:cohort/progress')
  @ApiOperation({ summary: "Every selected team's progress through the cohort's sessions, member by member" })
  @ApiParam(COHORT_PARAM)
  @ApiOkResponse({ type: AdminCohortProgressDto })
  @ApiNotFoundResponse({ description: 'No such cohort' })
  adminProgress(@Param('cohort') cohort: string) {
    return this.cohorts.adminProgress(cohort);
  }

  @Put('cohorts/:cohort/sessions/:session')
  @ApiOperation({ summary: "Restrict a session to the cohort's selected teams (idempotent, audited)" })
  @ApiParam(COHORT_PARAM)
  @ApiParam({ name: 'session', description: 'Session UUID or slug' })
  @ApiOkResponse({ description: 'The session is the cohort\'s', schema: { type: 'object', properties: { session: { type: 'string' }, cohort: { type: 'string' } }, required: ['session', 'cohort'] } })
  @ApiNotFoundResponse({ description: 'No such cohort or session' })
  attach(@CurrentUser() admin: AuthenticatedUser, @Param('cohort') cohort: string, @Param('session') session: string) {
    return this.cohorts.attachSession(admin.id, cohort, session);
  }

  @Post('cohort-applications/:application/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Select or decline a team; the applicant is told once per decision. Repeating a decision changes nothing.' })
  @ApiParam(APPLICATION_PARAM)
  @ApiOkResponse({ type: CohortApplicationDto })
  @ApiBadRequestResponse({ description: 'The decision is malformed' })
  @ApiNotFoundResponse({ description: 'No such application' })
  @ApiConflictResponse({ description: 'Every seat is taken (capacity)' })
  decide(@CurrentUser() admin: AuthenticatedUser, @Param('application') application: string, @Body() body: CohortDecisionDto) {
    return this.cohorts.decide(admin.id, application, body);
  }
}
