import { Module } from '@nestjs/common';
import { AdminWebhookDeliveriesController, AdminWebhooksController } from './admin-webhooks.controller.js';
import { MyXapiController } from './my-xapi.controller.js';
import { WebhooksService } from './webhooks.service.js';
import { XapiStatementsService } from './xapi-statements.service.js';

/** Outbound integrations, API side: webhook endpoints and their deliveries (admin), my xAPI statements. */
@Module({
  controllers: [AdminWebhooksController, AdminWebhookDeliveriesController, MyXapiController],
  providers: [WebhooksService, XapiStatementsService],
})
export class WebhooksModule {}
