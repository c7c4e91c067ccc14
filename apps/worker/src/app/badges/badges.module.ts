import { Inject, Logger, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { BadgeIssuance, DEVELOPMENT_KEY_WARNING, PathwayCertificates } from '@stacks/badge-issuance';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { BadgeAwarder } from './badge-awarder.js';
import { BadgeIssuanceHandler } from './badge-issuance.handler.js';

@Module({
  providers: [
    {
      provide: BadgeIssuance,
      useFactory: (prisma: PrismaService, config: AppConfig) => new BadgeIssuance(prisma, config),
      inject: [PrismaService, APP_CONFIG],
    },
    {
      provide: PathwayCertificates,
      useFactory: (prisma: PrismaService, issuance: BadgeIssuance) => new PathwayCertificates(prisma, issuance),
      inject: [PrismaService, BadgeIssuance],
    },
    BadgeAwarder,
    BadgeIssuanceHandler,
  ],
  exports: [BadgeAwarder],
})
export class BadgesModule implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(BadgesModule.name);

  constructor(
    @Inject(BadgeIssuance) private readonly issuance: BadgeIssuance,
    @Inject(BadgeAwarder) private readonly awarder: BadgeAwarder,
  ) {}

  /** The API builds DID documents from the published public keys, so they are published before any job runs. */
  async onModuleInit(): Promise<void> {
    if (this.issuance.keys.development) this.logger.warn(DEVELOPMENT_KEY_WARNING);
    await this.issuance.publishSigningKeys();
  }

  /**
   * Awards whatever the event stream missed, and gives credentials issued before Data Integrity
   * proofs their signed JSON form; both run in the background so start-up is not delayed.
   */
  onApplicationBootstrap(): void {
    void this.awarder.reconcile().catch((error: unknown) => this.logger.warn({ err: error }, 'badge reconciliation failed; it runs again at the next start'));
    void this.issuance
      .backfillDataIntegrity()
      .then((signed) => signed > 0 && this.logger.log({ credentials: signed }, 'older credentials given a Data Integrity proof'))
      .catch((error: unknown) => this.logger.warn({ err: error }, 'Data Integrity backfill failed; it runs again at the next start'));
  }
}
