import { type DynamicModule, Global, Module } from '@nestjs/common';
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
        { provide: SecretBox, useValue: SecretBox.fromConfig(config.SECRETS_ENCRYPTION_KEYS, config.NODE_ENV) },
      ],
      exports: [APP_CONFIG, SecretBox],
    };
  }
}
