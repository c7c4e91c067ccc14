import { Controller, Delete, Get, HttpCode, Param, Put, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import { EnrolmentDto } from './dto/enrolment.dto.js';
import { EnrolmentsService } from './enrolments.service.js';

const SESSION_PARAM = { name: 'session', description: 'Session UUID or slug', example: 'dialogue-facilitation-part-1' };

@ApiTags('enrolments')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller()
export class EnrolmentsController {
  constructor(private readonly enrolments: EnrolmentsService) {}

  @Put('sessions/:session/enrolment')
  @ApiOperation({
    summary: 'Enrol me in a session',
    description: 'Waitlists when the session is full; the earliest waitlisted learner is promoted when a seat frees up. Repeating the request is harmless.',
  })
  @ApiParam(SESSION_PARAM)
  @ApiCreatedResponse({ type: EnrolmentDto, description: 'Enrolled or waitlisted now' })
  @ApiOkResponse({ type: EnrolmentDto, description: 'Already enrolled or waitlisted' })
  @ApiConflictResponse({ description: 'The session is cancelled or over' })
  @ApiForbiddenResponse({ description: "The session is a cohort's and I am not on a selected team" })
  @ApiNotFoundResponse({ description: 'No such session' })
  async enrol(@CurrentUser() user: AuthenticatedUser, @Param('session') session: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const { created, enrolment } = await this.enrolments.enrol(user.id, session);
    void reply.status(created ? 201 : 200);
    return enrolment;
  }

  @Delete('sessions/:session/enrolment')
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel my enrolment (or leave the waitlist)' })
  @ApiParam(SESSION_PARAM)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: 'No such session, or I never enrolled' })
  async cancel(@CurrentUser() user: AuthenticatedUser, @Param('session') session: string): Promise<void> {
    await this.enrolments.cancel(user.id, session);
  }

  @Get('me/enrolments')
  @ApiOperation({ summary: 'My current enrolments and waitlist places' })
  @ApiOkResponse({ type: EnrolmentDto, isArray: true })
  mine(@CurrentUser() user: AuthenticatedUser) {
    return this.enrolments.mine(user.id);
  }
}
