import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';

/**
 * The part of the xAPI 1.0.3 statement schema (xAPI-Data §2.4) Stacks' statements use: an Agent
 * actor identified by exactly one inverse functional identifier, a verb IRI with a language map,
 * an Activity object, the optional result and context, and the version. Written from the spec.
 */
const IRI = { type: 'string', pattern: '^[a-z][a-z0-9+.-]*:[^\\s]+$' };
const LANGUAGE_MAP = { type: 'object', minProperties: 1, additionalProperties: { type: 'string' }, propertyNames: { pattern: '^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$' } };
const UUID = { type: 'string', pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' };
const TIMESTAMP = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$' };
const AGENT = {
  type: 'object',
  properties: {
    objectType: { const: 'Agent' },
    name: { type: 'string' },
    mbox: { type: 'string', pattern: '^mailto:[^@\\s]+@[^@\\s]+$' },
    mbox_sha1sum: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    openid: IRI,
    account: { type: 'object', required: ['homePage', 'name'], properties: { homePage: IRI, name: { type: 'string', minLength: 1 } }, additionalProperties: false },
  },
  // Exactly one inverse functional identifier.
  oneOf: [{ required: ['mbox'] }, { required: ['mbox_sha1sum'] }, { required: ['openid'] }, { required: ['account'] }],
  additionalProperties: false,
};
export const XAPI_STATEMENT_SCHEMA = {
  type: 'object',
  required: ['id', 'actor', 'verb', 'object'],
  properties: {
    id: UUID,
    actor: AGENT,
    verb: { type: 'object', required: ['id'], properties: { id: IRI, display: LANGUAGE_MAP }, additionalProperties: false },
    object: {
      type: 'object',
      required: ['id'],
      properties: {
        objectType: { const: 'Activity' },
        id: IRI,
        definition: { type: 'object', properties: { name: LANGUAGE_MAP, description: LANGUAGE_MAP, type: IRI }, additionalProperties: false },
      },
      additionalProperties: false,
    },
    result: {
      type: 'object',
      properties: {
        completion: { type: 'boolean' },
        success: { type: 'boolean' },
        duration: { type: 'string', pattern: '^P(?=\\d|T\\d)(\\d+Y)?(\\d+M)?(\\d+D)?(T(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$' },
      },
      additionalProperties: false,
    },
    context: {
      type: 'object',
      properties: { platform: { type: 'string' }, language: { type: 'string' }, registration: UUID, extensions: { type: 'object' } },
      additionalProperties: false,
    },
    timestamp: TIMESTAMP,
    version: { type: 'string', pattern: '^1\\.0(\\.\\d+)?$' },
  },
  additionalProperties: false,
};

/**
 * A learning record store stand-in: `PUT /xapi/statements?statementId=` with the xAPI version
 * header and credentials; each statement is checked against the schema above (400 when it does
 * not validate), stored once per id (204 again for the same statement, 409 for a different one).
 */
export class LrsStandIn {
  readonly stored = new Map<string, unknown>();
  readonly invalid: { statement: unknown; errors: string }[] = [];
  puts = 0;
  private server?: Server;
  private readonly validate: ValidateFunction;
  port = 0;

  constructor(private readonly authorization: string) {
    this.validate = new Ajv({ allErrors: true, strict: false }).compile(XAPI_STATEMENT_SCHEMA);
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/xapi/`;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const url = new URL(request.url ?? '/', 'http://lrs');
        if (request.headers.authorization !== this.authorization) return void response.writeHead(401).end();
        if (request.headers['x-experience-api-version'] !== '1.0.3') return void response.writeHead(400).end('X-Experience-API-Version 1.0.3 required');
        if (request.method !== 'PUT' || url.pathname !== '/xapi/statements') return void response.writeHead(405).end();
        this.puts += 1;
        const id = url.searchParams.get('statementId');
        const statement = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: string };
        if (!this.validate(statement) || statement.id !== id) {
          this.invalid.push({ statement, errors: JSON.stringify(this.validate.errors) });
          return void response.writeHead(400).end('invalid statement');
        }
        const existing = this.stored.get(id as string);
        if (existing && JSON.stringify(existing) !== JSON.stringify(statement)) return void response.writeHead(409).end();
        this.stored.set(id as string, statement);
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
