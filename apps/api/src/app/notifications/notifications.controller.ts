import { Body, Controller, Get, Header, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public, Roles } from '../auth/auth.decorators.js';
import { DeliveryQueryDto, NotificationDeliveryDto } from './dto/notification-delivery.dto.js';
import { NotificationPreferencesDto, NotificationPreferencesViewDto, UnsubscribeQueryDto } from './dto/notification-preferences.dto.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('me')
@ApiBearerAuth('bearer')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'My notification channels, quiet hours and opt-outs' })
  @ApiOkResponse({ type: NotificationPreferencesViewDto })
  get(@CurrentUser() user: AuthenticatedUser) {
    return this.notifications.preferences(user.id);
  }

  @Put()
  @ApiOperation({ summary: 'Replace my notification preferences (time zone: PATCH /me/profile)' })
  @ApiOkResponse({ type: NotificationPreferencesViewDto })
  @ApiBadRequestResponse({ description: 'A field is missing or out of range' })
  replace(@CurrentUser() user: AuthenticatedUser, @Body() body: NotificationPreferencesDto) {
    return this.notifications.replacePreferences(user.id, body);
  }
}

@ApiTags('notifications')
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly notifications: NotificationsService) {}

  @Public()
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-store')
  @ApiOperation({ summary: 'Unsubscribe page: a button that confirms (link scanners that follow GET links change nothing)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML page with a confirm button' })
  page(@Query() query: UnsubscribeQueryDto) {
    const token = encodeURIComponent(query.token ?? '');
    return `<!doctype html><html><head><title>Unsubscribe</title></head><body style="font-family:sans-serif">
<h1>Stop messages from Stacks?</h1><p>You will no longer receive reminders, nudges or badge notices. You can opt back in from your notification settings.</p>
<form method="post" action="?token=${token}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>
</body></html>`;
  }

  @Public()
  @Post()
  @HttpCode(204)
  @ApiOperation({ summary: 'One-click unsubscribe (RFC 8058): the signed token names the learner; no sign-in' })
  @ApiNoContentResponse({ description: 'Unsubscribed (also when already unsubscribed)' })
  @ApiBadRequestResponse({ description: 'The token is missing or not valid' })
  async unsubscribe(@Query() query: UnsubscribeQueryDto): Promise<void> {
    await this.notifications.unsubscribe(query.token);
  }
}

@ApiTags('admin')
@ApiBearerAuth('bearer')
@Roles('ADMIN')
@ApiUnauthorizedResponse({ description: 'Missing, invalid or revoked access token' })
@ApiForbiddenResponse({ description: 'Requires the ADMIN role' })
@Controller('admin/notification-deliveries')
export class NotificationDeliveriesController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Deliveries that failed (retrying) or are dead (attempts used up), newest first' })
  @ApiOkResponse({ type: NotificationDeliveryDto, isArray: true })
  list(@Query() query: DeliveryQueryDto) {
    return this.notifications.deliveries(query.status ?? 'DEAD', query.limit ?? 50);
  }

  @Post(':deliveryId/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a dead or failed delivery again (audited). Reminders are still never sent after the session starts.' })
  @ApiOkResponse({ type: NotificationDeliveryDto })
  @ApiNotFoundResponse({ description: 'No such delivery' })
  @ApiConflictResponse({ description: 'The delivery is not dead or failed' })
  replay(@CurrentUser() admin: AuthenticatedUser, @Param('deliveryId', new ParseUUIDPipe()) deliveryId: string) {
    return this.notifications.replay(admin.id, deliveryId);
  }
}
