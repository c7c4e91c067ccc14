import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type AuthenticatedUser, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { CompletionsService } from './completions.service.js';
import { AdminMarkCompletionDto, CompletionEventResultDto, RecordCompletionEventDto } from './dto/completion-event.dto.js';
import { RequestValidationException } from '../problem/validation-exception.factory.js';

const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;

@ApiTags('completions')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller()
export class CompletionsController {
  constructor(private readonly completions: CompletionsService) {}

  @Post('me/completion-events')
  @ApiOperation({
    summary: 'Record that I watched a recording or attended live',
    description:
      'A recording counts once the viewed share reaches the configured threshold (80 % by default); ' +
      'reports of progress may repeat and only the highest counts. Retrying with the same Idempotency-Key, ' +
      'or repeating the same learner + session + source, never counts twice.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '8-128 characters: letters, digits, . _ : -' })
  @ApiCreatedResponse({ type: CompletionEventResultDto, description: 'Recorded (something changed)' })
  @ApiOkResponse({ type: CompletionEventResultDto, description: 'A repeat: already recorded, nothing changed' })
  @ApiConflictResponse({ description: 'The session is cancelled, not started, or has no recording available' })
  @ApiUnprocessableEntityResponse({ description: 'The Idempotency-Key was used for a different event' })
  async recordMine(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: RecordCompletionEventDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CompletionEventResultDto> {
    if (idempotencyKey !== undefined && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new RequestValidationException([
        { field: 'Idempotency-Key', rule: 'matches', message: 'Idempotency-Key must be 8-128 letters, digits or . _ : -' },
      ]);
    }
    const { created, ...result } = await this.completions.recordMine(user.id, body, idempotencyKey);
    void reply.status(created ? 201 : 200);
    return result;
  }

  @Post('admin/completion-events')
  @Roles('ADMIN')
  @ApiOperation({ summary: 'Admin: mark a session completed for a learner (audited)' })
  @ApiCreatedResponse({ type: CompletionEventResultDto })
  @ApiOkResponse({ type: CompletionEventResultDto, description: 'Already marked' })
  @ApiForbiddenResponse({ description: 'Requires the ADMIN role' })
  async adminMark(
    @CurrentUser() admin: AuthenticatedUser,
    @Body() body: AdminMarkCompletionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CompletionEventResultDto> {
    const { created, ...result } = await this.completions.adminMark(admin.id, body);
    void reply.status(created ? 201 : 200);
    return result;
  }
}
