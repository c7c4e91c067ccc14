import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import type { TestApp } from './test-app.js';

/** A person with an account at the test identity provider. */
export interface ProviderAccount {
  sub: string;
  email: string;
  email_verified: boolean;
  name?: string;
}

/**
 * A real OpenID provider (oidc-provider) on a loopback port, standing in for the association's
 * member identity provider. Its login step signs in whoever `signInAs` names, at once (no form):
 * the browser-less tests drive everything else — authorization, code, tokens, UserInfo, end
 * session — through the provider's own endpoints.
 */
export class TestOpenIdProvider {
  readonly clientId = 'stacks-test';
  readonly clientSecret = randomBytes(24).toString('base64url');
  private readonly accounts = new Map<string, ProviderAccount>();
  /** Who the next login step signs in; null: the person declines (access_denied). */
  signInAs: string | null = null;
  private server?: Server;
  private issuerUrl?: string;

  /** `publicBaseUrl` is the API's PUBLIC_BASE_URL: the client's redirect URIs hang off it. */
  async start(publicBaseUrl: string): Promise<this> {
    this.server = createServer();
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.issuerUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    const provider = new Provider(this.issuerUrl, {
      clients: [
        {
          client_id: this.clientId,
          client_secret: this.clientSecret,
          redirect_uris: [new URL('/api/v1/auth/oidc/callback', publicBaseUrl).toString()],
          post_logout_redirect_uris: [new URL('/sign-in', publicBaseUrl).toString()],
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_basic',
        },
      ],
      pkce: { required: () => true },
      scopes: ['openid', 'email', 'profile'],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      findAccount: (_ctx, sub) => {
        const account = this.accounts.get(sub);
        return account ? { accountId: sub, claims: () => ({ ...account }) } : undefined;
      },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      cookies: { keys: [randomBytes(32).toString('hex')] },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    });
    const callback = provider.callback();
    this.server.on('request', (request, response) => {
      if (!request.url?.startsWith('/interaction/')) return void callback(request, response);
      void (async () => {
        const details = await provider.interactionDetails(request, response);
        const accountId = this.signInAs;
        if (!accountId) {
          await provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'The person declined' }, { mergeWithLastSubmission: false });
          return;
        }
        // Signed in and consented at once: a grant of everything the client asked for.
        const grant = new provider.Grant({ accountId, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope));
        await provider.interactionFinished(request, response, { login: { accountId }, consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: false });
      })().catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
    });
    return this;
  }

  get issuer(): string {
    if (!this.issuerUrl) throw new Error('the test provider is not started');
    return this.issuerUrl;
  }

  /** The API's settings for this provider. */
  settings(): Record<string, string> {
    return { OIDC_ISSUER_URL: this.issuer, OIDC_CLIENT_ID: this.clientId, OIDC_CLIENT_SECRET: this.clientSecret, OIDC_PROVIDER_NAME: 'Test Association' };
  }

  addAccount(account: ProviderAccount): ProviderAccount {
    this.accounts.set(account.sub, account);
    return account;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }
}

/** A browser's cookies for one site: what Set-Cookie said, sent back as Cookie. */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  take(setCookie: string | string[] | null | undefined): void {
    for (const line of [setCookie ?? []].flat()) {
      const [pair, ...attributes] = line.split(';');
      const [name, ...value] = pair.trim().split('=');
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute)) || value.join('=') === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value.join('='));
    }
  }

  get header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** One browser: its cookies for the API and for the provider (fetch's Headers splits Set-Cookie). */
export class TestBrowser {
  readonly api = new CookieJar();
  readonly provider = new CookieJar();

  constructor(private readonly app: TestApp) {}

  /** A navigation to the API (in-process), keeping its cookies. */
  async visitApi(url: string): Promise<{ status: number; location: string }> {
    const response = await this.app.inject({ method: 'GET', url, headers: this.api.header ? { cookie: this.api.header } : {} });
    this.api.take(response.headers['set-cookie'] as string | string[] | undefined);
    return { status: response.statusCode, location: String(response.headers.location ?? '') };
  }

  /** Follows the provider's redirects (redirect: 'manual', cookies kept) until one leaves the provider. */
  async throughProvider(location: string, issuer: string): Promise<string> {
    let url = location;
    for (let hop = 0; hop < 10 && url.startsWith(issuer); hop += 1) {
      const response = await fetch(url, { redirect: 'manual', headers: this.provider.header ? { cookie: this.provider.header } : {} });
      this.provider.take(response.headers.getSetCookie());
      const next = response.headers.get('location');
      if (!next) throw new Error(`the provider answered ${response.status} at ${url}: ${(await response.text()).slice(0, 300)}`);
      url = new URL(next, url).toString();
    }
    return url;
  }

  /** The API's redirect target as a path for inject(), when it points back at the API's public base. */
  static pathOf(url: string): string {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  }
}

/** From "Sign in with …" to the provider's answer at our callback, in `browser`: the callback as a path for inject(). */
export async function startSignIn(app: TestApp, provider: TestOpenIdProvider, account: ProviderAccount | null, browser = new TestBrowser(app)) {
  provider.signInAs = account?.sub ?? null;
  const started = await browser.visitApi('/api/v1/auth/oidc/start');
  if (started.status !== 303 || !started.location.startsWith(provider.issuer)) throw new Error(`start answered ${started.status} to ${started.location}`);
  const callbackUrl = await browser.throughProvider(started.location, provider.issuer);
  if (!new URL(callbackUrl).pathname.endsWith('/api/v1/auth/oidc/callback')) throw new Error(`the provider sent the browser to ${callbackUrl}`);
  return { browser, callback: TestBrowser.pathOf(callbackUrl) };
}

/** The callback's verdict: where it sent the browser, with the one-time code on success or the reason otherwise. */
export async function answerCallback(browser: TestBrowser, callback: string) {
  const landed = await browser.visitApi(callback);
  if (landed.status !== 303) throw new Error(`the callback answered ${landed.status}`);
  const url = new URL(landed.location);
  return { url, token: new URLSearchParams(url.hash.slice(1)).get('token'), error: url.searchParams.get('sso_error') };
}

/** A whole sign-in through the provider, redeemed as the web app does: our token pair. */
export async function signInWithProvider(app: TestApp, provider: TestOpenIdProvider, account: ProviderAccount) {
  const { browser, callback } = await startSignIn(app, provider, account);
  const { url, token, error } = await answerCallback(browser, callback);
  if (error || !token || url.pathname !== '/sign-in/sso') throw new Error(`single sign-on failed: ${error ?? url.toString()}`);
  const redeemed = await app.inject({ method: 'POST', url: '/api/v1/auth/oidc/session', payload: { token }, headers: { cookie: browser.api.header } });
  if (redeemed.statusCode !== 200) throw new Error(`redeeming the sign-in code answered ${redeemed.statusCode}: ${redeemed.body}`);
  return { browser, token, tokens: redeemed.json() as { accessToken: string; refreshToken: string } };
}
