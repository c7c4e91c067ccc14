import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';
import { Webhook } from 'standardwebhooks';

/** A self-signed certificate for 127.0.0.1 (and localhost), made for one test run. */
export async function selfSignedCertificate(): Promise<{ key: string; cert: string }> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  type: string;
  eventId: string;
  body: string;
  /** How many signatures the header carried (two during a secret rotation). */
  signatures: number;
}

/**
 * A webhook receiver over real HTTPS that verifies every request with the `standardwebhooks`
 * package, as a receiver would: a bad signature is answered 400 and not recorded. It can be
 * stopped and started again on the same port (the receiver "down for a while").
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  rejected = 0;
  port = 0;
  /** Answer this status instead of 204 (to make the sender retry). */
  failWith: number | null = null;
  private server?: Server;

  constructor(
    private readonly tls: { key: string; cert: string },
    private readonly secrets: () => string[],
  ) {}

  get url(): string {
    return `https://127.0.0.1:${this.port}/hooks/stacks`;
  }

  async start(port = 0): Promise<this> {
    this.server = createServer({ key: this.tls.key, cert: this.tls.cert }, (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers = { 'webhook-id': String(request.headers['webhook-id']), 'webhook-timestamp': String(request.headers['webhook-timestamp']), 'webhook-signature': String(request.headers['webhook-signature']) };
        const verified = this.secrets().some((secret) => {
          try {
            new Webhook(secret).verify(body, headers);
            return true;
          } catch {
            return false;
          }
        });
        if (!verified) {
          this.rejected += 1;
          response.writeHead(400).end('bad signature');
          return;
        }
        if (this.failWith) {
          response.writeHead(this.failWith).end('try later');
          return;
        }
        const parsed = JSON.parse(body) as { type: string; data: { eventId: string } };
        this.received.push({ id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], type: parsed.type, eventId: parsed.data.eventId, body, signatures: headers['webhook-signature'].split(' ').length });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(port || this.port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
