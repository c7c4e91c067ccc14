import ipaddr from 'ipaddr.js';

/** Where a webhook may be sent: the SSRF rules, applied at registration and again before each send. */
export interface DestinationPolicy {
  /** `http:` is accepted too (outside production, for local receivers). */
  allowHttp: boolean;
  /** Loopback and private addresses are accepted (tests and local development only). */
  allowPrivateAddresses: boolean;
}

export type DestinationRule = 'url' | 'scheme' | 'credentials' | 'public-address' | 'resolvable';

export class DestinationRefused extends Error {
  constructor(
    readonly rule: DestinationRule,
    message: string,
  ) {
    super(message);
    this.name = 'DestinationRefused';
  }
}

const MAX_URL_LENGTH = 2048;

/**
 * True for an address on the public internet only: ipaddr.js names every special range
 * (loopback, private, link-local, multicast, unique-local, CGNAT, NAT64, 6to4, Teredo, reserved…);
 * only plain unicast passes. An IPv4-mapped IPv6 address is judged as the IPv4 address it carries.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

/** The URL of an endpoint, parsed and checked for what can be known without DNS. */
export function parseDestinationUrl(raw: string, policy: DestinationPolicy): URL {
  if (raw.length > MAX_URL_LENGTH || !URL.canParse(raw)) throw new DestinationRefused('url', `must be an absolute URL of at most ${MAX_URL_LENGTH} characters`);
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !(policy.allowHttp && url.protocol === 'http:')) {
    throw new DestinationRefused('scheme', policy.allowHttp ? 'must use https or http' : 'must use https');
  }
  if (url.username || url.password) throw new DestinationRefused('credentials', 'must not carry a user name or password');
  const literal = addressLiteral(url.hostname);
  if (literal && !policy.allowPrivateAddresses && !isPublicAddress(literal)) {
    throw new DestinationRefused('public-address', `must not point at a loopback, private, link-local or multicast address (${literal})`);
  }
  if (!literal && !policy.allowPrivateAddresses && /(^|\.)localhost\.?$/i.test(url.hostname)) {
    throw new DestinationRefused('public-address', 'must not point at localhost');
  }
  return url;
}

/** The IP address a hostname spells (IPv6 without its brackets), or null for a name. */
export function addressLiteral(hostname: string): string | null {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  return ipaddr.isValid(bare) && (bare.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(bare)) ? bare : null;
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/**
 * Resolves the URL's host and checks every address it resolves to (a name with one private
 * address among public ones is refused: the client could pick either). Returns the address to
 * connect to, which the request then uses instead of resolving again (no DNS rebinding window).
 */
export async function resolveDestination(url: URL, policy: DestinationPolicy, resolve: Resolver): Promise<ResolvedAddress> {
  const literal = addressLiteral(url.hostname);
  if (literal) {
    if (!policy.allowPrivateAddresses && !isPublicAddress(literal)) {
      throw new DestinationRefused('public-address', `must not point at a loopback, private, link-local or multicast address (${literal})`);
    }
    return { address: literal, family: literal.includes(':') ? 6 : 4 };
  }
  let addresses: ResolvedAddress[];
  try {
    addresses = await resolve(url.hostname);
  } catch {
    throw new DestinationRefused('resolvable', `the host ${url.hostname} does not resolve`);
  }
  if (addresses.length === 0) throw new DestinationRefused('resolvable', `the host ${url.hostname} does not resolve`);
  const refused = addresses.find((entry) => !policy.allowPrivateAddresses && !isPublicAddress(entry.address));
  if (refused) {
    throw new DestinationRefused('public-address', `the host ${url.hostname} resolves to a loopback, private, link-local or multicast address (${refused.address})`);
  }
  return addresses[0];
}
