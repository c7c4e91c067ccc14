import { Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { BadgeIssuance, DEVELOPMENT_KEY_WARNING } from '@stacks/badge-issuance';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { PrismaService } from '@stacks/db';
import { AdminBadgeExpiryController } from './admin-badge-expiry.controller.js';
import { AdminBadgesController } from './admin-badges.controller.js';
import { BadgeExpiryService } from './badge-expiry.service.js';
import { BadgesPublicController } from './badges-public.controller.js';
import { BadgesService } from './badges.service.js';
import { IssuerScopes } from './issuer-scope.js';
import { MyBadgesController } from './my-badges.controller.js';
import { MyWalletController } from './my-wallet.controller.js';
import { WalletExchangeController } from './wallet-exchange.controller.js';
import { WalletService } from './wallet.service.js';

@Module({
  controllers: [BadgesPublicController, MyBadgesController, AdminBadgesController, AdminBadgeExpiryController, MyWalletController, WalletExchangeController],
  providers: [
    {
      provide: BadgeIssuance,
      useFactory: (prisma: PrismaService, config: AppConfig) => new BadgeIssuance(prisma, config),
      inject: [PrismaService, APP_CONFIG],
    },
    BadgesService,
    IssuerScopes,
    BadgeExpiryService,
    WalletService,
  ],
  exports: [BadgeIssuance],
})
export class BadgesModule implements OnModuleInit {
  private readonly logger = new Logger(BadgesModule.name);

  constructor(@Inject(BadgeIssuance) private readonly issuance: BadgeIssuance) {}

  onModuleInit(): void {
    if (this.issuance.keys.development) this.logger.warn(DEVELOPMENT_KEY_WARNING);
  }
}
