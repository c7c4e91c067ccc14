import { readFileSync } from 'node:fs';
import { Inject, Module, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { OutboundAgents } from '@stacks/integrations';
import { DiscordEventPublisher } from '../discord-events/discord-event-publisher.js';
import { IntegrationFanout } from './integration-fanout.js';
import { WebhookDeliverer } from './webhook-deliverer.js';
import { XapiSender } from './xapi-sender.js';

/**
 * Facts for other systems, consumed from the outbox: the fan-out of each integration event to
 * the webhook endpoints that chose it and to the LRS, then one job per signed delivery and per
 * statement, retried with backoff by the worker base; and the sessions' Discord scheduled events.
 */
@Module({
  providers: [
    {
      provide: OutboundAgents,
      useFactory: (config: AppConfig) =>
        new OutboundAgents({
          extraCaPem: config.OUTBOUND_EXTRA_CA_FILE ? readFileSync(config.OUTBOUND_EXTRA_CA_FILE, 'utf8') : undefined,
          maxSockets: config.WEBHOOK_CONCURRENCY,
        }),
      inject: [APP_CONFIG],
    },
    IntegrationFanout,
    WebhookDeliverer,
    DiscordEventPublisher,
    XapiSender,
  ],
})
export class IntegrationsModule implements OnModuleDestroy {
  constructor(@Inject(OutboundAgents) private readonly agents: OutboundAgents) {}

  onModuleDestroy(): void {
    this.agents.destroy();
  }
}
