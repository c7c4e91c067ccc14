import { developmentKeyRing, type KeyRing, parseKeyRing } from '@stacks/badges';
import type { AppConfig } from '@stacks/config';

/**
 * The badge signing keys from configuration. Outside production, without BADGE_SIGNING_KEYS, the
 * public development key signs (loadConfig refuses production without keys); callers log a warning
 * when `development` is true.
 */
export function keyRingFromConfig(config: Pick<AppConfig, 'BADGE_SIGNING_KEYS' | 'BADGE_ACTIVE_KEY_ID' | 'NODE_ENV'>): KeyRing {
  if (config.BADGE_SIGNING_KEYS) return parseKeyRing(config.BADGE_SIGNING_KEYS, config.BADGE_ACTIVE_KEY_ID);
  if (config.NODE_ENV === 'production') throw new Error('BADGE_SIGNING_KEYS is required when NODE_ENV=production');
  return developmentKeyRing();
}

export const DEVELOPMENT_KEY_WARNING =
  'Badge credentials are signed with the PUBLIC development key (BADGE_SIGNING_KEYS is unset): fine for development, worthless as proof. Set BADGE_SIGNING_KEYS before issuing real badges.';
