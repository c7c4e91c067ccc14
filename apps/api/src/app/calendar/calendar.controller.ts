import { applyDecorators, Controller, Delete, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AuthenticatedUser, CurrentUser, Public } from '../auth/auth.decorators.js';
import { RateLimit, RateLimitName } from '../rate-limit/rate-limit.js';
import { CalendarFeedsService } from './calendar-feeds.service.js';
import { CALENDAR_CONTENT_TYPE, sendCalendar } from './calendar-response.js';
import { CalendarFeedCreatedDto, CalendarFeedStatusDto } from './dto/calendar-feed.dto.js';

const ICS_OK = {
  description: 'An RFC 5545 calendar (METHOD:PUBLISH) with a VTIMEZONE per zone used; ETag, Last-Modified and Cache-Control set',
  content: { [CALENDAR_CONTENT_TYPE]: { schema: { type: 'string' as const, example: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…\r\nEND:VCALENDAR\r\n' } } },
};
const NOT_MODIFIED = { status: 304, description: 'Not modified: the If-None-Match (or If-Modified-Since) copy is current' };
const TOO_MANY = { description: 'Too many calendar requests from this address; see Retry-After' };

/** The OpenAPI entry every .ics route shares: text/calendar, 200/304/404/429. */
const IcsRoute = (summary: string, description: string, notFound: string) =>
  applyDecorators(
    ApiOperation({ summary, description }),
    ApiProduces(CALENDAR_CONTENT_TYPE),
    ApiOkResponse(ICS_OK),
    ApiResponse(NOT_MODIFIED),
    ApiNotFoundResponse({ description: notFound }),
    ApiTooManyRequestsResponse(TOO_MANY),
  );
const ID_OR_SLUG = { name: 'idOrSlug', description: 'UUID or slug' };
const BOUNDED = 'At most CALENDAR_FEED_MAX_EVENTS sessions (the latest).';

/** Public .ics downloads and feeds: anyone may add the catalogue's sessions to a calendar. */
@ApiTags('calendar')
@Public()
@RateLimit(RateLimitName.Calendar)
@Controller()
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get publicCache() {
    return `public, max-age=${this.config.CALENDAR_FEED_MAX_AGE_SECONDS}`;
  }

  @Get('sessions/:idOrSlug/calendar.ics')
  @IcsRoute(
    'One session as an .ics file (add to calendar)',
    'UID, SEQUENCE and STATUS match the feeds, so importing it and subscribing later do not duplicate the event.',
    'No such session, or it has no start time',
  )
  @ApiParam({ ...ID_OR_SLUG, example: 'dialogue-facilitation-part-1' })
  async session(@Param('idOrSlug') idOrSlug: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendCalendar(request, reply, await this.feeds.sessionCalendar(idOrSlug), { cacheControl: this.publicCache, trustLastModified: true });
  }

  @Get('programs/:idOrSlug/calendar.ics')
  @IcsRoute('Public feed of a program’s sessions', BOUNDED, 'No such program')
  @ApiParam({ ...ID_OR_SLUG, example: 'ltc-models-for-change' })
  async program(@Param('idOrSlug') idOrSlug: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendCalendar(request, reply, await this.feeds.programCalendar(idOrSlug), { cacheControl: this.publicCache, trustLastModified: true });
  }

  @Get('series/:idOrSlug/calendar.ics')
  @IcsRoute('Public feed of a series’ sessions', BOUNDED, 'No such series')
  @ApiParam({ ...ID_OR_SLUG, example: 'dialogue-facilitation-large-urban' })
  async series(@Param('idOrSlug') idOrSlug: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return sendCalendar(request, reply, await this.feeds.seriesCalendar(idOrSlug), { cacheControl: this.publicCache, trustLastModified: true });
  }

  @Get('calendar/feeds/:token/stacks.ics')
  @IcsRoute(
    'A learner’s private feed: every session they are enrolled in, with reminders as alarms',
    `The token in the path is the credential (made with POST /me/calendar-feed); it is never logged. Cancelled sessions stay in the feed with STATUS:CANCELLED. ${BOUNDED}`,
    'Unknown, revoked or replaced token',
  )
  @ApiParam({ name: 'token', description: 'The secret from my feed URL', example: 'Qm9ndXNUb2tlbkZvckFUZXN0MDEyMzQ1Njc4OTAxMjM' })
  async privateFeed(@Param('token') token: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    // Enrolment cancellations leave no timestamp, so only the ETag decides freshness here.
    return sendCalendar(request, reply, await this.feeds.privateCalendar(token), { cacheControl: `private, max-age=${this.config.CALENDAR_FEED_MAX_AGE_SECONDS}`, trustLastModified: false });
  }
}

/** The signed-in learner's own feed URL: make (or replace), look, revoke. */
@ApiTags('me')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me/calendar-feed')
export class CalendarFeedSettingsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get()
  @ApiOperation({ summary: 'Whether I have a private calendar feed, and since when' })
  @ApiOkResponse({ type: CalendarFeedStatusDto })
  status(@CurrentUser() user: AuthenticatedUser) {
    return this.feeds.feedStatus(user.id);
  }

  @Post()
  @ApiOperation({ summary: 'Make my private calendar feed URL, replacing any earlier one (which stops working at once)' })
  @ApiCreatedResponse({ type: CalendarFeedCreatedDto })
  rotate(@CurrentUser() user: AuthenticatedUser) {
    return this.feeds.rotateFeed(user.id);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke my private calendar feed URL (idempotent)' })
  @ApiNoContentResponse({ description: 'Revoked, or there was none' })
  async revoke(@CurrentUser() user: AuthenticatedUser) {
    await this.feeds.revokeFeed(user.id);
  }
}
