import { didWebFor } from '@stacks/badges';

/** Every public address of the badge feature, derived from PUBLIC_BASE_URL in one place. */
export class BadgeUrls {
  readonly base: string;
  readonly api: string;
  readonly rootDid: string;

  constructor(publicBaseUrl: string) {
    this.base = publicBaseUrl.replace(/\/+$/, '');
    this.api = `${this.base}/api/v1`;
    this.rootDid = didWebFor(this.base);
  }

  /** The primary issuer (the association) has the site's DID; divisions live under /issuers/<slug>. */
  issuerDid(issuer: { slug: string; isPrimary: boolean }): string {
    return issuer.isPrimary ? this.rootDid : didWebFor(this.base, ['issuers', issuer.slug]);
  }

  /** The issuer slug a DID of ours names: '' for the primary issuer, null for anyone else's DID. */
  issuerSlugOf(did: string): string | null {
    if (did === this.rootDid) return '';
    const prefix = `${this.rootDid}:issuers:`;
    if (!did.startsWith(prefix)) return null;
    const slug = decodeURIComponent(did.slice(prefix.length));
    return /^[a-z0-9-]{1,100}$/.test(slug) ? slug : null;
  }

  credential(id: string): string {
    return `${this.api}/credentials/${id}`;
  }

  /** A one-time VC-API exchange that hands a credential to a wallet; the token is its only key. */
  walletExchange(token: string): string {
    return `${this.api}/exchanges/${token}`;
  }

  /** The human-readable page a learner shares. */
  credentialPage(id: string): string {
    return `${this.api}/credentials/${id}/page`;
  }

  achievement(id: string): string {
    return `${this.api}/achievements/${id}`;
  }

  achievementImage(id: string): string {
    return `${this.api}/achievements/${id}/image.svg`;
  }

  /** A competency statement's stable public address (alignment targetUrl). */
  competency(slug: string): string {
    return `${this.api}/competencies/${slug}`;
  }

  /** A pathway's public description. */
  pathway(slug: string): string {
    return `${this.api}/pathways/${slug}`;
  }

  statusList(id: string): string {
    return `${this.api}/status-lists/${id}`;
  }

  /** The status list id in one of our status list URLs, or null. */
  statusListIdOf(url: string): string | null {
    const prefix = `${this.api}/status-lists/`;
    if (!url.startsWith(prefix)) return null;
    const id = url.slice(prefix.length);
    return UUID.test(id) ? id : null;
  }

  /** The credential id in one of our credential URLs, or null. */
  credentialIdOf(url: string): string | null {
    const prefix = `${this.api}/credentials/`;
    if (!url.startsWith(prefix)) return null;
    const id = url.slice(prefix.length);
    return UUID.test(id) ? id : null;
  }
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
