import { Body, Controller, Headers, HttpCode, Inject, Post, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { FastifyRequest } from 'fastify';
import { Public } from '../../auth/auth.decorators.js';
import { DomainError } from '../../problem/domain-error.js';
import { RateLimit, RateLimitName } from '../../rate-limit/rate-limit.js';
import { ZoomAttendanceService, type ZoomAttendanceResult } from './zoom-attendance.service.js';
import { parseZoomEvent, ZoomEventError } from './zoom-event.js';
import { type RawBodyCarrier, verifyZoomSignature, ZOOM_EVENTS_ROUTE, zoomHmac } from './zoom-signature.js';

/** Zoom's event bodies are a few hundred bytes; anything much larger is not from Zoom. */
export const ZOOM_MAX_BODY_BYTES = 65_536;

export class ZoomEventResultDto {
  @ApiPropertyOptional({ description: 'endpoint.url_validation: the plainToken sent' }) plainToken?: string;
  @ApiPropertyOptional({ description: 'endpoint.url_validation: HMAC-SHA256 (hex) of plainToken with the secret token' }) encryptedToken?: string;
  @ApiPropertyOptional({ example: 'meeting.participant_left' }) event?: string;
  @ApiPropertyOptional({
    enum: ['unknown-meeting', 'session-cancelled', 'stored', 'no-email', 'no-account', 'below-threshold', 'credited', 'already-completed', 'held', 'ignored'],
    description: 'What the event did',
  })
  outcome?: ZoomAttendanceResult['outcome'] | 'ignored';
  @ApiPropertyOptional({ description: 'The participant’s minutes in the session so far (overlapping stays once)' }) minutes?: number;
}

class ZoomEventBodyDto {
  @ApiProperty({ example: 'webinar.participant_joined' }) event: string;
  @ApiProperty({ example: 1765742400000 }) event_ts: number;
  @ApiProperty({ type: Object, description: 'Zoom’s payload: plainToken, or object.id / object.uuid / object.participant {user_id, email, join_time | leave_time}' })
  payload: Record<string, unknown>;
}

const unauthorized = () =>
  new DomainError(401, 'zoom-signature', 'The request is not signed by the configured Zoom app', [
    { field: 'x-zm-signature', rule: 'zoomSignature', message: 'x-zm-signature must be v0=HMAC-SHA256(secret, "v0:{x-zm-request-timestamp}:{body}") with a timestamp under 5 minutes old' },
  ]);

@ApiTags('integrations')
@Public()
@Controller(ZOOM_EVENTS_ROUTE)
export class ZoomWebhookController {
  constructor(
    private readonly attendance: ZoomAttendanceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(200)
  @RateLimit(RateLimitName.ZoomWebhook)
  @ApiOperation({
    summary: 'Zoom event subscription: endpoint URL validation and participant joined/left (signed by Zoom)',
    description:
      'Signed with the app’s secret token (ZOOM_WEBHOOK_SECRET_TOKEN): x-zm-signature = v0=HMAC-SHA256(secret, "v0:{timestamp}:{raw body}"), ' +
      'timestamps older than 5 minutes refused. webinar/meeting.participant_joined and _left add up minutes per participant e-mail for the ' +
      'session whose Zoom id matches; past the session’s attendance threshold the learner completes it, once, whatever the delivery order.',
  })
  @ApiHeader({ name: 'x-zm-signature', required: true, description: 'v0={hex HMAC-SHA256}' })
  @ApiHeader({ name: 'x-zm-request-timestamp', required: true, description: 'Unix seconds' })
  @ApiBody({ type: ZoomEventBodyDto })
  @ApiOkResponse({ type: ZoomEventResultDto })
  @ApiBadRequestResponse({ description: 'Signed, but not a Zoom event Stacks can read (the field is named)' })
  @ApiUnauthorizedResponse({ description: 'Missing, stale or wrong signature: nothing changed' })
  @ApiNotFoundResponse({ description: 'No Zoom secret token is configured: the integration is off' })
  @ApiPayloadTooLargeResponse({ description: 'Body over 64 KiB' })
  @ApiTooManyRequestsResponse({ description: 'Too many calls from this address in the last minute' })
  async receive(
    @Req() request: FastifyRequest & RawBodyCarrier,
    @Headers('x-zm-signature') signature: string | undefined,
    @Headers('x-zm-request-timestamp') timestamp: string | undefined,
    @Body() body: unknown,
  ): Promise<ZoomEventResultDto> {
    const secret = this.config.ZOOM_WEBHOOK_SECRET_TOKEN;
    if (!secret) throw new DomainError(404, 'not-found', 'The Zoom integration is not configured');
    const raw = request.rawBody;
    if (raw === undefined) throw unauthorized();
    if (Buffer.byteLength(raw, 'utf8') > ZOOM_MAX_BODY_BYTES) {
      throw new DomainError(413, 'payload-too-large', 'A Zoom event body is at most 64 KiB', [
        { field: 'body', rule: 'maxBytes', message: `at most ${ZOOM_MAX_BODY_BYTES} bytes` },
      ]);
    }
    if (!verifyZoomSignature(secret, { signature, timestamp }, raw, new Date()).ok) throw unauthorized();
    let event;
    try {
      event = parseZoomEvent(body);
    } catch (error) {
      if (error instanceof ZoomEventError) throw new DomainError(400, 'validation', error.message, [error.violation]);
      throw error;
    }
    switch (event.kind) {
      case 'url-validation':
        return { plainToken: event.plainToken, encryptedToken: zoomHmac(secret, event.plainToken) };
      case 'other':
        return { event: event.event, outcome: 'ignored' };
      case 'participant': {
        const result = await this.attendance.apply(event);
        return { event: `participant_${event.action}`, ...result };
      }
    }
  }
}
