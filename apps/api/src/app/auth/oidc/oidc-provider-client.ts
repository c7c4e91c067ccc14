import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, isLoopbackUrl } from '@stacks/config';
import * as oidc from 'openid-client';
import { API_PREFIX } from '../../api-prefix.js';
import { DomainError } from '../../problem/domain-error.js';

/** Discovery is retried on the next sign-in after a failure, and refreshed this often (rotated endpoints). */
const DISCOVERY_MAX_AGE_MS = 6 * 3_600_000;

/** The member identity provider as openid-client sees it: discovered once, shared by every sign-in. */
@Injectable()
export class OidcProviderClient {
  private readonly logger = new Logger(OidcProviderClient.name);
  private discovered?: { at: number; configuration: Promise<oidc.Configuration> };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** SSO is on when the issuer and the client are configured. */
  get enabled(): boolean {
    return Boolean(this.config.OIDC_ISSUER_URL && this.config.OIDC_CLIENT_ID);
  }

  get providerName(): string {
    return this.config.OIDC_PROVIDER_NAME;
  }

  get scopes(): string {
    return this.config.OIDC_SCOPES;
  }

  /** The redirect URI registered at the provider. */
  get redirectUrl(): string {
    return new URL(`/${API_PREFIX}/auth/oidc/callback`, this.config.PUBLIC_BASE_URL).toString();
  }

  /** The post-logout redirect URI registered at the provider: back to the sign-in page. */
  get postLogoutRedirectUrl(): string {
    return new URL('/sign-in', this.config.PUBLIC_BASE_URL).toString();
  }

  /** 404 when SSO is not configured: its routes do not exist then. */
  assertEnabled(): void {
    if (!this.enabled) throw new DomainError(404, 'sso-not-configured', 'Single sign-on is not configured on this server');
  }

  /** The provider's metadata and keys; throws when it cannot be reached (the caller says so to the browser). */
  configuration(): Promise<oidc.Configuration> {
    this.assertEnabled();
    if (!this.discovered || Date.now() - this.discovered.at > DISCOVERY_MAX_AGE_MS) {
      const configuration = this.discover();
      this.discovered = { at: Date.now(), configuration };
      configuration.catch((error: unknown) => {
        if (this.discovered?.configuration === configuration) this.discovered = undefined;
        this.logger.warn({ code: (error as { code?: string }).code ?? 'unknown' }, 'OpenID provider discovery failed');
      });
    }
    return this.discovered.configuration;
  }

  private discover(): Promise<oidc.Configuration> {
    const issuer = this.config.OIDC_ISSUER_URL as string;
    const secret = this.config.OIDC_CLIENT_SECRET;
    const authentication = !secret ? oidc.None() : this.config.OIDC_CLIENT_AUTH_METHOD === 'client_secret_post' ? oidc.ClientSecretPost(secret) : oidc.ClientSecretBasic(secret);
    return oidc.discovery(new URL(issuer), this.config.OIDC_CLIENT_ID as string, secret ? { client_secret: secret } : undefined, authentication, {
      // Plain HTTP only to a provider on this machine (tests, development): the config refuses it elsewhere.
      execute: new URL(issuer).protocol === 'http:' && isLoopbackUrl(issuer) ? [oidc.allowInsecureRequests] : [],
      timeout: 10,
    });
  }
}
