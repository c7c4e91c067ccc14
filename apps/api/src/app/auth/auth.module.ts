import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '@stacks/config';
import { BadgesModule } from '../badges/badges.module.js';
import { CompletionsModule } from '../completions/completions.module.js';
import { AccountController } from './account.controller.js';
import { AccountMailer } from './account-mailer.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { EmailVerificationService } from './email-verification.service.js';
import { JwtAuthGuard } from './guards/jwt-auth.guard.js';
import { PasswordService } from './password.service.js';
import { RolesGuard } from './guards/roles.guard.js';
import { OidcController } from './oidc/oidc.controller.js';
import { OidcProviderClient } from './oidc/oidc-provider-client.js';
import { OidcSignInService } from './oidc/oidc-sign-in.service.js';

@Module({
  imports: [
    CompletionsModule,
    BadgesModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // A KeyObject, not a string: jsonwebtoken otherwise re-derives the key (and throws and
        // catches trying it as a public key) on every verification, the costliest step of a request.
        secret: createSecretKey(Buffer.from(config.JWT_ACCESS_SECRET as string, 'utf8')),
        signOptions: { algorithm: 'HS256', expiresIn: config.JWT_ACCESS_TTL_SECONDS },
      }),
    }),
  ],
  controllers: [AuthController, AccountController, OidcController],
  providers: [
    AuthService,
    AccountMailer,
    EmailVerificationService,
    PasswordService,
    OidcProviderClient,
    OidcSignInService,
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [AuthService, EmailVerificationService],
})
export class AuthModule {}
