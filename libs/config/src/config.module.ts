import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { SecretBox } from '@stacks/secret-box';
import type { AppConfig } from './config.schema.js';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Makes the validated configuration injectable: `@Inject(APP_CONFIG) config: AppConfig`, and the
 * one SecretBox built from SECRETS_ENCRYPTION_KEYS (for the API and the worker alike):
 * `constructor(private readonly secrets: SecretBox)`.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: SecretBox, useFactory: () => secretBoxFor(config) },
      ],
      exports: [APP_CONFIG, SecretBox],
    };
  }
}

function secretBoxFor(config: AppConfig): SecretBox {
  const box = SecretBox.fromConfig(config.SECRETS_ENCRYPTION_KEYS, config.NODE_ENV);
  if (box.usesDevelopmentKey) {
    new Logger('SecretBox').warn(
      'Stored secrets are sealed with the PUBLIC development key (SECRETS_ENCRYPTION_KEYS is unset): fine for development, no protection for a database dump. Set SECRETS_ENCRYPTION_KEYS before storing real webhook secrets.',
    );
  }
  return box;
}
