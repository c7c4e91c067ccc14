import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StandInMessage {
  channelId: string;
  recipientId: string;
  content: string;
  nonce: string | undefined;
}

/**
 * A local stand-in for the two Discord REST routes the worker uses, with Discord's documented
 * behaviour: creating a DM channel returns the same channel for the same user, and a message
 * posted with `enforce_nonce: true` and a nonce already used in that channel returns the
 * existing message instead of creating another.
 */
export class DiscordStandIn {
  readonly messages: StandInMessage[] = [];
  /** Every POST of a message, including repeats answered from the nonce. */
  postCount = 0;
  private readonly byNonce = new Map<string, StandInMessage & { id: string }>();
  private server?: Server;
  port = 0;

  constructor(private readonly token: string) {}

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request).then(
        ([status, body]) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)),
        () => response.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(request: IncomingMessage): Promise<[number, unknown]> {
    if (request.headers.authorization !== `Bot ${this.token}`) return [401, { message: '401: Unauthorized', code: 0 }];
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
    if (request.method === 'POST' && request.url === '/api/v10/users/@me/channels') {
      return [200, { id: `dm-${String(body.recipient_id)}`, type: 1 }];
    }
    const match = /^\/api\/v10\/channels\/(dm-(\d+))\/messages$/.exec(request.url ?? '');
    if (request.method === 'POST' && match) {
      this.postCount += 1;
      const nonce = typeof body.nonce === 'string' ? body.nonce : undefined;
      const dedupeKey = `${match[1]}|${nonce}`;
      const existing = nonce && body.enforce_nonce === true ? this.byNonce.get(dedupeKey) : undefined;
      if (existing) return [200, { id: existing.id, channel_id: existing.channelId, content: existing.content, nonce }];
      const message = { id: String(this.messages.length + 1), channelId: match[1], recipientId: match[2], content: String(body.content), nonce };
      this.messages.push(message);
      if (nonce) this.byNonce.set(dedupeKey, message);
      return [200, { id: message.id, channel_id: message.channelId, content: message.content, nonce }];
    }
    return [404, { message: 'Unknown route', code: 0 }];
  }
}
