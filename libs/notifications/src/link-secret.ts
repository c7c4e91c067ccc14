/** Used only outside production so `npm start` works without configuration. */
const DEVELOPMENT_LINK_SECRET = 'stacks-development-only-unsubscribe-link-secret';

/** The secret that signs unsubscribe links; production must configure its own. */
export function notificationLinkSecret(configured: string | undefined, nodeEnv: string): string {
  if (configured) return configured;
  if (nodeEnv === 'production') throw new Error('NOTIFICATION_LINK_SECRET is required when NODE_ENV=production');
  return DEVELOPMENT_LINK_SECRET;
}

export function unsubscribeUrl(publicBaseUrl: string, token: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/api/v1/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
}

export function preferencesUrl(publicBaseUrl: string): string {
  return `${publicBaseUrl.replace(/\/$/, '')}/api/v1/me/notification-preferences`;
}
