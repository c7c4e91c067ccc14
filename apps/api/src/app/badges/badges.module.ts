import { Module } from '@nestjs/common';
import { BadgeIssuance } from '@stacks/badge-issuance';
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
      // The API never signs (the worker does), so it holds no private key: DID documents come from the keys the worker published.
      useFactory: (prisma: PrismaService, config: AppConfig) => new BadgeIssuance(prisma, config, null),
      inject: [PrismaService, APP_CONFIG],
    },
    BadgesService,
    IssuerScopes,
    BadgeExpiryService,
    WalletService,
  ],
  exports: [BadgeIssuance],
})
export class BadgesModule {}
