import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import type { ResolvedAddress } from './webhook-destination.js';

export interface OutboundResponse {
  status: number;
  /** The first `keepBytes` of the body, as text. */
  body: string;
  latencyMs: number;
}

export interface OutboundRequest {
  url: URL;
  /** Connect here instead of resolving the host again (the address the SSRF check approved). */
  pinned?: ResolvedAddress;
  method: 'POST' | 'PUT';
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
  /** Reading stops (and the connection is dropped) after this many bytes. */
  maxResponseBytes: number;
  /** How much of the body is kept in the result. */
  keepBytes: number;
}

/** Resolves every address of a host (the SSRF check looks at all of them). */
export async function resolveAll(hostname: string): Promise<ResolvedAddress[]> {
  const entries = await lookup(hostname, { all: true, verbatim: true });
  return entries.map((entry) => ({ address: entry.address, family: entry.family === 6 ? 6 : 4 }));
}

/**
 * Keep-alive agents for outbound calls, trusting the public roots plus, when configured, one
 * extra CA (a test receiver's self-signed certificate, or a private CA in front of an LRS).
 */
export class OutboundAgents {
  readonly https: https.Agent;
  readonly http: http.Agent;

  constructor(options: { extraCaPem?: string; maxSockets?: number } = {}) {
    const ca = options.extraCaPem ? [...rootCertificates, options.extraCaPem] : undefined;
    this.https = new https.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64, ...(ca ? { ca } : {}) });
    this.http = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets ?? 64 });
  }

  destroy(): void {
    this.https.destroy();
    this.http.destroy();
  }
}

/**
 * One bounded HTTP call: a total time limit, a response size limit, redirects never followed
 * (a 3xx is returned as it is), and, with `pinned`, a connection to the approved address while
 * TLS still checks the certificate against the host name.
 */
export function sendOutbound(request: OutboundRequest, agents: OutboundAgents): Promise<OutboundResponse> {
  const { url, pinned } = request;
  const secure = url.protocol === 'https:';
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const options: https.RequestOptions = {
      method: request.method,
      host: pinned?.address ?? hostname,
      family: pinned?.family,
      port: url.port || (secure ? 443 : 80),
      path: `${url.pathname}${url.search}`,
      headers: { ...request.headers, host: url.host, 'content-length': String(Buffer.byteLength(request.body)) },
      agent: secure ? agents.https : agents.http,
      // SNI and certificate check against the name, not the pinned address.
      ...(secure && pinned && pinned.address !== hostname ? { servername: hostname } : {}),
    };
    const req = (secure ? https : http).request(options, (res) => {
      const chunks: Buffer[] = [];
      let received = 0;
      res.on('data', (chunk: Buffer) => {
        received += chunk.length;
        if (received > request.maxResponseBytes) {
          res.destroy();
          return;
        }
        if (chunks.reduce((sum, part) => sum + part.length, 0) < request.keepBytes) chunks.push(chunk);
      });
      const finish = () => {
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).subarray(0, request.keepBytes).toString('utf8'),
          latencyMs: Math.round(performance.now() - started),
        });
      };
      res.on('end', finish);
      res.on('close', finish);
      res.on('error', () => finish());
    });
    const timer = setTimeout(() => req.destroy(new Error(`no response within ${request.timeoutMs} ms`)), request.timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    req.end(request.body);
  });
}
