import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SnowflakeUtil } from 'discord.js';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A local Discord for end-to-end tests: the REST routes the bot and the worker use and a gateway
 * WebSocket speaking the real protocol (HELLO, IDENTIFY, READY, heartbeats, RESUME), on loopback.
 * The bot runs the real discord.js Client against it (`rest: { api: standIn.restUrl }`; the gateway
 * URL reaches the client through GET /gateway/bot, as with Discord); the worker sends its DMs through
 * @discordjs/rest to `apiBaseUrl`.
 *
 * Everything the client sends is recorded with a timestamp, so tests can assert what Discord
 * would have received and when.
 */
export interface RecordedRequest {
  method: string;
  /** Path without the /v10 prefix, e.g. /interactions/123/tok/callback. */
  path: string;
  query: URLSearchParams;
  authorization: string | undefined;
  body: unknown;
  at: number;
}

export interface GatewayFrame {
  op: number;
  d: unknown;
  at: number;
  connection: number;
}

/** A direct message the bot posted (POST /channels/{dm}/messages), once per message Discord kept. */
export interface StandInDirectMessage {
  id: string;
  channelId: string;
  recipientId: string;
  content: string;
  nonce: string | undefined;
}

export interface SentInteraction {
  id: string;
  token: string;
  sentAt: number;
}

export interface InteractionOptions {
  /** Chat input options: [{ name, type, value }]; a subcommand is { name, type: 1, options: [] }. */
  options?: unknown[];
  userId?: string;
  username?: string;
  guildId?: string;
  /** 2 = application command (default), 4 = autocomplete. */
  type?: 2 | 4;
  /** Sent from a direct message with the bot rather than from a guild channel. */
  inDirectMessage?: boolean;
}

/** A guild scheduled event as Discord returns it (the fields Stacks sets and reads). */
export interface StandInScheduledEvent {
  id: string;
  guild_id: string;
  channel_id: null;
  creator_id: string;
  name: string;
  description: string | null;
  scheduled_start_time: string;
  scheduled_end_time: string | null;
  privacy_level: number;
  /** 1 scheduled, 2 active, 3 completed, 4 cancelled. */
  status: number;
  entity_type: number;
  entity_id: null;
  entity_metadata: { location?: string } | null;
  user_count: number;
}

const OP = { dispatch: 0, heartbeat: 1, identify: 2, resume: 6, reconnect: 7, invalidSession: 9, hello: 10, heartbeatAck: 11 } as const;

export class DiscordStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayFrames: GatewayFrame[] = [];
  readonly applicationId = SnowflakeUtil.generate().toString();
  readonly botUserId = SnowflakeUtil.generate().toString();
  readonly guildId = SnowflakeUtil.generate().toString();
  readonly channelId = SnowflakeUtil.generate().toString();
  /** Application commands uploaded with PUT, by scope ('global' or a guild id). */
  readonly registeredCommands = new Map<string, unknown[]>();
  /** The guild's scheduled events by id, as created and edited over REST (cancelled ones included). */
  readonly scheduledEvents = new Map<string, StandInScheduledEvent>();
  /** Direct messages Discord kept: a repeat post with `enforce_nonce` and a used nonce returns the first. */
  readonly directMessages: StandInDirectMessage[] = [];
  /** Every POST of a direct message, including repeats answered from the nonce. */
  directMessagePosts = 0;
  /** DM channel id by recipient (Discord returns the same channel for the same user), and back. */
  private readonly dmChannels = new Map<string, string>();
  private readonly dmRecipients = new Map<string, string>();
  private readonly dmByNonce = new Map<string, StandInDirectMessage>();

  private readonly sockets = new Set<WebSocket>();
  private readonly waiters = new Set<() => void>();
  private readonly sessions = new Map<string, { sequence: number }>();
  private connections = 0;
  private sequence = 0;
  private port = 0;
  private readonly server: Server;
  private readonly gateway: WebSocketServer;

  private constructor(
    readonly token: string,
    private readonly heartbeatIntervalMs: number,
  ) {
    this.server = createServer((request, response) => void this.handleRest(request, response));
    this.gateway = new WebSocketServer({ server: this.server });
    this.gateway.on('connection', (socket) => this.handleGateway(socket));
  }

  static async start(options: { token?: string; heartbeatIntervalMs?: number } = {}): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn(options.token ?? `stand-in.${randomBytes(12).toString('hex')}`, options.heartbeatIntervalMs ?? 41_250);
    await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
    standIn.port = (standIn.server.address() as AddressInfo).port;
    return standIn;
  }

  /** The REST base to give discord.js as `rest.api` (it appends /v10/...). */
  get restUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The same REST routes under Discord's own /api prefix, as the worker's DISCORD_API_BASE_URL takes it. */
  get apiBaseUrl(): string {
    return `${this.restUrl}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get openConnections(): number {
    return this.sockets.size;
  }

  /** Sends an INTERACTION_CREATE to every connected shard, as if a member ran a slash command. */
  sendInteraction(commandName: string, options: InteractionOptions = {}): SentInteraction {
    return this.dispatchInteraction(options, {
      type: options.type ?? 2,
      data: { id: SnowflakeUtil.generate().toString(), name: commandName, type: 1, ...(options.inDirectMessage ? {} : { guild_id: options.guildId ?? this.guildId }), options: options.options ?? [] },
    });
  }

  /**
   * A member pressing a button (type 3, message component) under a message the bot sent, e.g. the
   * one `editFor` recorded: Discord sends the message along with the button's custom_id.
   */
  sendButtonPress(customId: string, message: unknown, options: Omit<InteractionOptions, 'type' | 'options'> = {}): SentInteraction {
    return this.dispatchInteraction(options, { type: 3, message: this.message(message), data: { custom_id: customId, component_type: 2 } });
  }

  private dispatchInteraction(options: InteractionOptions, payload: Record<string, unknown>): SentInteraction {
    const id = SnowflakeUtil.generate().toString();
    const token = `interaction.${randomBytes(16).toString('hex')}`;
    const userId = options.userId ?? '100000000000000001';
    const user = { id: userId, username: options.username ?? 'member', discriminator: '0', global_name: null, avatar: null };
    const guildId = options.guildId ?? this.guildId;
    // Discord sends `member` (with the user inside) from a guild, and a bare `user` from a DM.
    const origin = options.inDirectMessage
      ? {
          user,
          channel_id: this.channelId,
          channel: { id: this.channelId, type: 1, recipients: [user] },
          authorizing_integration_owners: { '1': userId },
          context: 1,
        }
      : {
          guild_id: guildId,
          channel_id: this.channelId,
          channel: { id: this.channelId, type: 0, guild_id: guildId, name: 'general' },
          member: { user, roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, permissions: '2248473465835073' },
          guild_locale: 'en-US',
          authorizing_integration_owners: { '0': guildId },
          context: 0,
        };
    this.dispatch('INTERACTION_CREATE', {
      id,
      token,
      version: 1,
      application_id: this.applicationId,
      ...origin,
      app_permissions: '2248473465835073',
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 8_388_608,
      ...payload,
    });
    return { id, token, sentAt: Date.now() };
  }

  /** A member marking a scheduled event "Interested" (GUILD_SCHEDULED_EVENT_USER_ADD), or taking it back. */
  sendScheduledEventInterest(eventId: string, userId: string, interested = true): void {
    this.dispatch(interested ? 'GUILD_SCHEDULED_EVENT_USER_ADD' : 'GUILD_SCHEDULED_EVENT_USER_REMOVE', {
      guild_scheduled_event_id: eventId,
      user_id: userId,
      guild_id: this.guildId,
    });
  }

  /** Sends a dispatch (op 0) with the next sequence number to every open gateway connection. */
  dispatch(event: string, data: unknown): void {
    this.sequence += 1;
    const frame = JSON.stringify({ op: OP.dispatch, t: event, s: this.sequence, d: data });
    for (const socket of this.sockets) socket.send(frame);
  }

  /** Closes every gateway connection with `code` (4000 = unknown error: clients resume). */
  dropConnections(code = 4000): void {
    for (const socket of this.sockets) socket.close(code, 'stand-in dropped the connection');
  }

  /** The interaction callback (POST /interactions/{id}/{token}/callback) for `interaction`. */
  callbackFor(interaction: SentInteraction, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitForRequest((request) => request.method === 'POST' && request.path === `/interactions/${interaction.id}/${interaction.token}/callback`, timeoutMs);
  }

  /** The edit of the deferred reply (PATCH /webhooks/{app}/{token}/messages/@original). */
  editFor(interaction: SentInteraction, timeoutMs = 10_000): Promise<RecordedRequest> {
    return this.waitForRequest(
      (request) => request.method === 'PATCH' && request.path === `/webhooks/${this.applicationId}/${interaction.token}/messages/@original`,
      timeoutMs,
    );
  }

  waitForRequest(matches: (request: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(matches), timeoutMs, 'REST request');
  }

  waitForGatewayFrame(matches: (frame: GatewayFrame) => boolean, timeoutMs = 5000): Promise<GatewayFrame> {
    return this.waitFor(() => this.gatewayFrames.find(matches), timeoutMs, 'gateway frame');
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`Discord stand-in: no matching ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  private notify(): void {
    for (const check of [...this.waiters]) check();
  }

  // --- REST ----------------------------------------------------------------------------------

  private async handleRest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.restUrl);
    const path = decodeURIComponent(url.pathname).replace(/^\/api/, '').replace(/^\/v\d+/, '');
    const raw = await readBody(request);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      authorization: request.headers.authorization,
      body: parseBody(raw, request.headers['content-type']),
      at: Date.now(),
    };
    this.requests.push(recorded);
    this.notify();

    const send = (status: number, body?: unknown) => {
      if (body === undefined) {
        response.writeHead(status).end();
        return;
      }
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    const botAuthorised = recorded.authorization === `Bot ${this.token}`;
    const unauthorised = () => send(401, { message: '401: Unauthorized', code: 0 });
    let match: RegExpMatchArray | null;

    if (recorded.method === 'GET' && path === '/gateway/bot') {
      if (!botAuthorised) return unauthorised();
      return send(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }
    if (recorded.method === 'GET' && path === '/users/@me') {
      if (!botAuthorised) return unauthorised();
      return send(200, this.botUser());
    }
    if (recorded.method === 'POST' && (match = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      // Discord answers 204, or the callback resource when asked with ?with_response=true.
      if (url.searchParams.get('with_response') !== 'true') return send(204);
      return send(200, { interaction: { id: match[1], type: 2 }, resource: { type: (recorded.body as { type: number }).type } });
    }
    if ((match = path.match(/^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/))) {
      if (match[1] !== this.applicationId) return send(404, { message: 'Unknown Webhook', code: 10015 });
      return send(200, this.message(recorded.body));
    }
    if (recorded.method === 'POST' && (match = path.match(/^\/webhooks\/(\d+)\/([^/]+)$/))) {
      return send(200, this.message(recorded.body));
    }
    if (recorded.method === 'PUT' && (match = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      if (!botAuthorised) return unauthorised();
      if (match[1] !== this.applicationId) return send(403, { message: 'Missing Access', code: 50001 });
      const commands = (recorded.body as Record<string, unknown>[]).map((command) => ({
        ...command,
        id: SnowflakeUtil.generate().toString(),
        application_id: this.applicationId,
        version: SnowflakeUtil.generate().toString(),
        ...(match?.[2] ? { guild_id: match[2] } : {}),
      }));
      this.registeredCommands.set(match[2] ?? 'global', commands);
      return send(200, commands);
    }
    if (recorded.method === 'POST' && path === '/users/@me/channels') {
      if (!botAuthorised) return unauthorised();
      const recipientId = String((recorded.body as { recipient_id?: unknown }).recipient_id);
      if (!/^\d+$/.test(recipientId)) return send(400, { message: 'Invalid Form Body', code: 50035 });
      const channelId = this.dmChannels.get(recipientId) ?? SnowflakeUtil.generate().toString();
      this.dmChannels.set(recipientId, channelId);
      this.dmRecipients.set(channelId, recipientId);
      return send(200, { id: channelId, type: 1, recipients: [{ id: recipientId, username: 'member', discriminator: '0', global_name: null, avatar: null }] });
    }
    if (recorded.method === 'POST' && (match = path.match(/^\/channels\/(\d+)\/messages$/))) {
      if (!botAuthorised) return unauthorised();
      const recipientId = this.dmRecipients.get(match[1]);
      if (!recipientId) return send(404, { message: 'Unknown Channel', code: 10003 });
      return send(200, this.directMessage(match[1], recipientId, recorded.body as Record<string, unknown>));
    }
    if ((match = path.match(/^\/guilds\/(\d+)\/scheduled-events(?:\/(\d+))?$/))) {
      if (!botAuthorised) return unauthorised();
      if (match[1] !== this.guildId) return send(404, { message: 'Unknown Guild', code: 10004 });
      return this.scheduledEventRoute(recorded, match[2], send);
    }
    if (recorded.method === 'GET' && (match = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      if (!botAuthorised) return unauthorised();
      return send(200, this.registeredCommands.get(match[2] ?? 'global') ?? []);
    }
    send(404, { message: '404: Not Found', code: 0 });
  }

  /**
   * Discord's scheduled-event routes: the list holds scheduled and active events only; a change
   * is announced on the gateway (GUILD_SCHEDULED_EVENT_CREATE / _UPDATE) as Discord does.
   */
  private scheduledEventRoute(recorded: RecordedRequest, eventId: string | undefined, send: (status: number, body?: unknown) => void): void {
    const body = (recorded.body ?? {}) as Partial<StandInScheduledEvent>;
    if (!eventId && recorded.method === 'GET') return send(200, [...this.scheduledEvents.values()].filter((event) => event.status <= 2));
    if (!eventId && recorded.method === 'POST') {
      if (!body.name || !body.scheduled_start_time || body.entity_type !== 3 || !body.entity_metadata?.location || !body.scheduled_end_time) {
        return send(400, { message: 'Invalid Form Body', code: 50035 });
      }
      const event: StandInScheduledEvent = {
        id: SnowflakeUtil.generate().toString(),
        guild_id: this.guildId,
        channel_id: null,
        creator_id: this.botUserId,
        name: body.name,
        description: body.description ?? null,
        scheduled_start_time: body.scheduled_start_time,
        scheduled_end_time: body.scheduled_end_time ?? null,
        privacy_level: body.privacy_level ?? 2,
        status: 1,
        entity_type: body.entity_type,
        entity_id: null,
        entity_metadata: body.entity_metadata ?? null,
        user_count: 0,
      };
      this.scheduledEvents.set(event.id, event);
      this.dispatch('GUILD_SCHEDULED_EVENT_CREATE', event);
      return send(200, event);
    }
    const event = eventId ? this.scheduledEvents.get(eventId) : undefined;
    if (!event) return send(404, { message: 'Unknown Guild Scheduled Event', code: 10070 });
    if (recorded.method === 'GET') return send(200, event);
    if (recorded.method === 'PATCH') {
      // Only a scheduled event can be edited or cancelled; Discord refuses changes to a cancelled one.
      if (event.status !== 1) return send(400, { message: 'Invalid Form Body', code: 50035 });
      Object.assign(event, body);
      this.dispatch('GUILD_SCHEDULED_EVENT_UPDATE', event);
      return send(200, event);
    }
    if (recorded.method === 'DELETE') {
      this.scheduledEvents.delete(event.id);
      this.dispatch('GUILD_SCHEDULED_EVENT_DELETE', event);
      return send(204);
    }
    send(405, { message: '405: Method Not Allowed', code: 0 });
  }

  /** Discord's documented nonce rule: `enforce_nonce` with a nonce used in the channel returns that message. */
  private directMessage(channelId: string, recipientId: string, body: Record<string, unknown>) {
    this.directMessagePosts += 1;
    const nonce = typeof body.nonce === 'string' ? body.nonce : undefined;
    const dedupeKey = `${channelId}|${nonce}`;
    const existing = nonce && body.enforce_nonce === true ? this.dmByNonce.get(dedupeKey) : undefined;
    const message = existing ?? { id: SnowflakeUtil.generate().toString(), channelId, recipientId, content: String(body.content), nonce };
    if (!existing) {
      this.directMessages.push(message);
      if (nonce) this.dmByNonce.set(dedupeKey, message);
    }
    return { ...this.message({ content: message.content }), id: message.id, channel_id: channelId, nonce, type: 0, webhook_id: undefined };
  }

  /** The one guild the bot is in, as GUILD_CREATE sends it after READY. */
  private guild() {
    return {
      id: this.guildId,
      name: 'Stacks stand-in guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: SnowflakeUtil.generate().toString(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: 1,
      voice_states: [],
      members: [],
      channels: [],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [...this.scheduledEvents.values()].filter((event) => event.status <= 2),
      soundboard_sounds: [],
    };
  }

  private botUser() {
    return { id: this.botUserId, username: 'stacks-bot', discriminator: '0', global_name: 'Stacks', avatar: null, bot: true, flags: 0 };
  }

  private message(body: unknown) {
    const fields = (body ?? {}) as Record<string, unknown>;
    return {
      id: SnowflakeUtil.generate().toString(),
      channel_id: this.channelId,
      type: 20,
      content: '',
      embeds: [],
      attachments: [],
      components: [],
      mentions: [],
      mention_roles: [],
      pinned: false,
      mention_everyone: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: new Date().toISOString(),
      flags: 0,
      author: this.botUser(),
      webhook_id: this.applicationId,
      application_id: this.applicationId,
      ...fields,
    };
  }

  // --- Gateway -------------------------------------------------------------------------------

  private handleGateway(socket: WebSocket): void {
    this.connections += 1;
    const connection = this.connections;
    let authenticated = false;
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('message', (data) => {
      let frame: { op: number; d: unknown };
      try {
        frame = JSON.parse(String(data));
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      this.gatewayFrames.push({ op: frame.op, d: frame.d, at: Date.now(), connection });
      this.notify();
      switch (frame.op) {
        case OP.heartbeat:
          socket.send(JSON.stringify({ op: OP.heartbeatAck, d: null }));
          return;
        case OP.identify: {
          const identify = frame.d as { token: string; shard?: [number, number] };
          if (identify.token !== this.token) return socket.close(4004, 'Authentication failed');
          if (authenticated) return socket.close(4005, 'Already authenticated');
          authenticated = true;
          const sessionId = randomBytes(16).toString('hex');
          this.sessions.set(sessionId, { sequence: 0 });
          this.sequence += 1;
          socket.send(
            JSON.stringify({
              op: OP.dispatch,
              t: 'READY',
              s: this.sequence,
              d: {
                v: 10,
                user: this.botUser(),
                guilds: [{ id: this.guildId, unavailable: true }],
                session_id: sessionId,
                resume_gateway_url: this.gatewayUrl,
                shard: identify.shard ?? [0, 1],
                application: { id: this.applicationId, flags: 0 },
                private_channels: [],
                relationships: [],
                presences: [],
                guild_join_requests: [],
                geo_ordered_rtc_regions: [],
                user_settings: {},
              },
            }),
          );
          // Discord then sends each guild in READY as it becomes available.
          this.sequence += 1;
          socket.send(JSON.stringify({ op: OP.dispatch, t: 'GUILD_CREATE', s: this.sequence, d: this.guild() }));
          return;
        }
        case OP.resume: {
          const resume = frame.d as { token: string; session_id: string };
          if (resume.token !== this.token) return socket.close(4004, 'Authentication failed');
          if (!this.sessions.has(resume.session_id)) {
            socket.send(JSON.stringify({ op: OP.invalidSession, d: false }));
            return;
          }
          authenticated = true;
          this.sequence += 1;
          socket.send(JSON.stringify({ op: OP.dispatch, t: 'RESUMED', s: this.sequence, d: {} }));
          return;
        }
        default:
          if (!authenticated) socket.close(4003, 'Not authenticated');
      }
    });
    socket.send(JSON.stringify({ op: OP.hello, d: { heartbeat_interval: this.heartbeatIntervalMs } }));
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseBody(raw: string, contentType: string | undefined): unknown {
  if (!raw) return null;
  if (contentType?.includes('application/json')) return JSON.parse(raw);
  // discord.js sends multipart only with files; the bot never attaches any, so keep it raw.
  return raw;
}
