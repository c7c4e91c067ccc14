import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { WebhookDeliveryStatus } from '@stacks/db';
import { AdminOnly, type AuthenticatedUser, CurrentUser } from '../auth/auth.decorators.js';
import {
  CreateWebhookEndpointDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryDto,
  WebhookDeliveryQueryDto,
  WebhookEndpointDto,
  WebhookEndpointWithSecretDto,
  WebhookEventTypesDto,
} from './dto/webhooks.dto.js';
import { WebhooksService } from './webhooks.service.js';

const BAD_ID = 'The id is not a UUID, or a field is missing or out of range';

@AdminOnly()
@Controller('admin/webhooks')
export class AdminWebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get('event-types')
  @ApiOperation({ summary: 'The event types an endpoint can subscribe to' })
  @ApiOkResponse({ type: WebhookEventTypesDto })
  eventTypes() {
    return this.webhooks.eventTypes();
  }

  @Get()
  @ApiOperation({ summary: 'Registered webhook endpoints (their secrets are never shown again)' })
  @ApiOkResponse({ type: [WebhookEndpointDto] })
  list() {
    return this.webhooks.list();
  }

  @Post()
  @ApiOperation({ summary: 'Register an endpoint; the response carries its signing secret, shown this once (audited)' })
  @ApiCreatedResponse({ type: WebhookEndpointWithSecretDto })
  @ApiBadRequestResponse({ description: 'A field is invalid, or the URL breaks a rule (https in production; never a loopback, private, link-local or multicast address)' })
  create(@CurrentUser() admin: AuthenticatedUser, @Body() body: CreateWebhookEndpointDto) {
    return this.webhooks.create(admin.id, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One endpoint' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiBadRequestResponse({ description: BAD_ID })
  @ApiNotFoundResponse({ description: 'No such endpoint' })
  get(@Param('id', new ParseUUIDPipe()) id: string) {
    return this.webhooks.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change an endpoint’s URL, events, description or enabled flag (audited)' })
  @ApiOkResponse({ type: WebhookEndpointDto })
  @ApiBadRequestResponse({ description: BAD_ID })
  @ApiNotFoundResponse({ description: 'No such endpoint' })
  update(@CurrentUser() admin: AuthenticatedUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: UpdateWebhookEndpointDto) {
    return this.webhooks.update(admin.id, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove an endpoint and its delivery log (audited)' })
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiBadRequestResponse({ description: BAD_ID })
  @ApiNotFoundResponse({ description: 'No such endpoint' })
  async remove(@CurrentUser() admin: AuthenticatedUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.webhooks.remove(admin.id, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new signing secret, shown this once; the old one also signs until the grace period ends (audited)' })
  @ApiOkResponse({ type: WebhookEndpointWithSecretDto })
  @ApiBadRequestResponse({ description: BAD_ID })
  @ApiNotFoundResponse({ description: 'No such endpoint' })
  rotateSecret(@CurrentUser() admin: AuthenticatedUser, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.webhooks.rotateSecret(admin.id, id);
  }

  @Post(':id/test')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a signed webhook.test event to this endpoint; follow it in the delivery log' })
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  @ApiBadRequestResponse({ description: BAD_ID })
  @ApiNotFoundResponse({ description: 'No such endpoint' })
  @ApiConflictResponse({ description: 'The endpoint is disabled' })
  sendTest(@CurrentUser() admin: AuthenticatedUser, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.webhooks.sendTest(admin.id, id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'The endpoint’s delivery log, newest first (status, attempts, response code, latency, truncated response)' })
  @ApiOkResponse({ type: [WebhookDeliveryDto] })
  @ApiBadRequestResponse({ description: BAD_ID })
  @ApiNotFoundResponse({ description: 'No such endpoint' })
  deliveries(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: WebhookDeliveryQueryDto) {
    return this.webhooks.deliveries(id, query);
  }
}

@AdminOnly()
@Controller('admin/webhook-deliveries')
export class AdminWebhookDeliveriesController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @ApiOperation({ summary: 'The dead-letter list: deliveries whose attempts are spent (or, with status=FAILED, still retrying), newest first' })
  @ApiOkResponse({ type: [WebhookDeliveryDto] })
  @ApiBadRequestResponse({ description: 'A query field is out of range' })
  list(@Query() query: WebhookDeliveryQueryDto) {
    return this.webhooks.deadLetters({ ...query, status: query.status ?? WebhookDeliveryStatus.DEAD });
  }

  @Post(':deliveryId/replay')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a dead or failed delivery again, with the same webhook-id (audited)' })
  @ApiOkResponse({ type: WebhookDeliveryDto })
  @ApiBadRequestResponse({ description: BAD_ID })
  @ApiNotFoundResponse({ description: 'No such delivery' })
  @ApiConflictResponse({ description: 'The delivery is not dead or failed' })
  replay(@CurrentUser() admin: AuthenticatedUser, @Param('deliveryId', new ParseUUIDPipe()) deliveryId: string) {
    return this.webhooks.replay(admin.id, deliveryId);
  }
}
