import { PrismaService } from '@stacks/db';
import fc from 'fast-check';
import { createAdmin, registerLearner, type TestAccount } from '../testing/accounts.js';
import { createSeriesFixture } from '../testing/catalogue-fixture.js';
import { deeplyNestedJson, longJwsToken, longStringJson, repeatedTagsSvg } from '@stacks/test-processes';
import { startTestApp, type TestApp } from '../testing/test-app.js';

/**
 * Property-based fuzzing of every operation in the OpenAPI document: path, query and body are
 * drawn from the documented schemas and then broken (wrong types, oversized and unknown fields,
 * malformed JSON, invalid UTF-8, huge pagination values, deep nesting, long tokens, repeated
 * tags). Whatever arrives, the answer is a 2xx
 * or a problem+json 4xx that the document lists for the operation, never a 5xx, and a rejected
 * request leaves the database as it was.
 * Runs per operation: FUZZ_RUNS (default 20), so the suite stays bounded in CI. CI uses a fixed
 * seed so a landing is reproducible; elsewhere each run explores new inputs (FUZZ_SEED replays one).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = Number(process.env.FUZZ_SEED ?? (process.env.CI ? 20261125 : Date.now() % 2 ** 31));
const BODY_LIMIT = 64 * 1024;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  bodySchema?: Schema;
  bodyTypes: string[];
  /** The status codes the document lists for it. */
  documented: Set<string>;
}
interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema?: Schema }> }; responses?: Record<string, unknown> }>
  >;
  components?: { schemas?: Record<string, Schema> };
}

interface FuzzRequest {
  path: Record<string, string>;
  query: Record<string, string>;
  identity: 'anonymous' | 'learner' | 'admin';
  body: { kind: 'json'; value: unknown } | { kind: 'raw'; contentType: string; payload: string | Buffer } | { kind: 'none' };
}

const hostile = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1e309',
  'NaN',
  'null',
  '9'.repeat(40),
  '../../etc/passwd',
  '%00',
  "'; DROP TABLE \"User\"; --",
  '<script>alert(1)</script>',
  '\u0000',
  '\uD800',
  'ÿ'.repeat(300),
  '00000000-0000-0000-0000-000000000000',
);
const anyString = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), hostile, fc.string({ minLength: 2000, maxLength: 3000 }));

function valueFor(schema: Schema | undefined, components: Record<string, Schema>, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.jsonValue({ maxDepth: 2 });
  if (schema.$ref) return valueFor(components[schema.$ref.split('/').pop() as string], components, depth + 1);
  const variants = schema.allOf ?? schema.oneOf ?? schema.anyOf;
  if (variants) return fc.oneof(...variants.map((variant) => valueFor(variant, components, depth + 1)));
  if (schema.enum) return fc.oneof(fc.constantFrom(...schema.enum), anyString);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.uuid(), anyString);
      if (schema.format === 'date-time') return fc.oneof(fc.date({ noInvalidDate: true }).map((date) => date.toISOString()), anyString);
      if (schema.format === 'email') return fc.oneof(fc.emailAddress(), anyString);
      return fc.oneof(fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }), anyString);
    case 'integer':
    case 'number':
      return fc.oneof(
        fc.integer({ min: schema.minimum ?? -1000, max: schema.maximum ?? 1000 }),
        fc.constantFrom(-1, 0, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e300, 0.5),
        anyString,
      );
    case 'boolean':
      return fc.oneof(fc.boolean(), anyString, fc.constant(null));
    case 'array':
      return fc.oneof(fc.array(valueFor(schema.items, components, depth + 1), { maxLength: 4 }), fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 300 }), anyString);
    case 'object':
    default: {
      const properties = schema.properties ?? {};
      const shaped = fc.record(
        Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, valueFor(property, components, depth + 1)])),
        { requiredKeys: [] },
      );
      return fc.oneof(
        shaped,
        // An unknown field beside otherwise plausible ones must be refused, never stored.
        fc.tuple(shaped, fc.string({ minLength: 1, maxLength: 12 })).map(([value, extra]) => ({ ...value, [`x_${extra}`]: 1 })),
        fc.jsonValue({ maxDepth: 3 }),
      );
    }
  }
}

/**
 * The shapes that once cost a 500 or a stall: deep nesting, long tokens, repeated tags. Sizes are
 * drawn without fast-check's bias towards small values: the trouble starts in the thousands.
 */
function hostileBodiesFor(operation: Operation): fc.Arbitrary<FuzzRequest['body']>[] {
  const raw = (contentType: string) => (payload: string) => ({ kind: 'raw' as const, contentType, payload });
  const size = (min: number, max: number) => fc.noBias(fc.integer({ min, max: Math.floor(max) }));
  return [
    size(33, BODY_LIMIT / 6).map((levels) => raw('application/json')(deeplyNestedJson(levels))),
    size(1000, BODY_LIMIT - 100).map((length) => raw('application/json')(longStringJson(length))),
    ...(operation.bodyTypes.includes('image/svg+xml') ? [size(100, BODY_LIMIT / 8).map((count) => raw('image/svg+xml')(repeatedTagsSvg(count)))] : []),
    ...(operation.bodyTypes.includes('application/vc+jwt') ? [size(100, BODY_LIMIT - 100).map((length) => raw('application/vc+jwt')(longJwsToken(length)))] : []),
  ];
}

function requestArbitrary(
  operation: Operation,
  components: Record<string, Schema>,
  known: Record<string, string[]>,
  hostileOnly = false,
): fc.Arbitrary<FuzzRequest> {
  const pathParams = operation.parameters.filter((parameter) => parameter.in === 'path');
  const queryParams = operation.parameters.filter((parameter) => parameter.in === 'query');
  const path = fc.record(
    Object.fromEntries(
      pathParams.map((parameter) => [
        parameter.name,
        // Mostly real identifiers, so the request reaches the code behind the lookup.
        fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(known[parameter.name] ?? known.default)) }, { weight: 1, arbitrary: fc.oneof(fc.uuid(), anyString) }),
      ]),
    ),
  ) as fc.Arbitrary<Record<string, string>>;
  const query = fc.record(
    Object.fromEntries(
      queryParams.map((parameter) => [
        parameter.name,
        fc.oneof(
          valueFor(parameter.schema, components).map((value) => (typeof value === 'string' ? value : JSON.stringify(value))),
          fc.constantFrom('-1', '0', '1000000000', '99999999999999999999', '1.5', 'all'),
        ),
      ]),
    ),
    { requiredKeys: [] },
  ) as fc.Arbitrary<Record<string, string>>;
  const hasBody = operation.method !== 'GET' && operation.method !== 'DELETE';
  const body: fc.Arbitrary<FuzzRequest['body']> = hasBody
    ? hostileOnly
      ? fc.oneof(...hostileBodiesFor(operation))
      : fc.oneof(
        { weight: 4, arbitrary: valueFor(operation.bodySchema, components).map((value) => ({ kind: 'json' as const, value })) },
        {
          weight: 1,
          arbitrary: fc.constantFrom<FuzzRequest['body']>(
            { kind: 'raw', contentType: 'application/json', payload: '{"unterminated": ' },
            { kind: 'raw', contentType: 'application/json', payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
            { kind: 'raw', contentType: 'application/json', payload: `{"a":"${'x'.repeat(BODY_LIMIT + 10)}"}` },
            { kind: 'raw', contentType: 'application/xml', payload: '<a/>' },
            { kind: 'raw', contentType: 'text/csv', payload: 'email,minutes\n\u0000,,,\n' },
            { kind: 'raw', contentType: 'application/json', payload: '[]' },
            { kind: 'none' },
          ),
        },
      )
    : fc.constant({ kind: 'none' as const });
  return fc.record({ path, query, identity: fc.constantFrom('anonymous', 'learner', 'admin'), body });
}

/** A lone surrogate cannot be percent-encoded as UTF-8: send the invalid bytes it would have been. */
function encodePathSegment(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => {
      const definition = item[method];
      const content = definition.requestBody?.content ?? {};
      const json = content['application/json'];
      return {
        method: method.toUpperCase(),
        path,
        parameters: definition.parameters ?? [],
        bodySchema: json?.schema,
        bodyTypes: Object.keys(content),
        documented: new Set(Object.keys(definition.responses ?? {})),
      };
    }),
  );
}

describe('every operation, fuzzed from the OpenAPI document', () => {
  let app: TestApp;
  let prisma: PrismaService;
  let operations: Operation[];
  let components: Record<string, Schema>;
  let learner: TestAccount;
  let admin: TestAccount;
  let known: Record<string, string[]>;

  beforeAll(async () => {
    app = await startTestApp({ BODY_LIMIT_BYTES: String(BODY_LIMIT) });
    prisma = app.nest.get(PrismaService);
    const document = (await app.inject({ method: 'GET', url: '/docs-json' })).json() as OpenApiDocument;
    operations = operationsOf(document).filter((operation) => !operation.path.startsWith('/health'));
    components = document.components?.schemas ?? {};
    const fixture = await createSeriesFixture(prisma, { sessions: 2, startsAt: new Date(Date.now() + 86_400_000) });
    learner = await registerLearner(app, 'Fuzzed');
    admin = await createAdmin(app, prisma);
    known = {
      default: [fixture.sessionSlugs[0], fixture.seriesSlug, fixture.programSlug, learner.id],
      idOrSlug: [fixture.sessionSlugs[0], fixture.seriesSlug, fixture.programSlug],
      session: fixture.sessionSlugs,
      series: [fixture.seriesSlug],
      userId: [learner.id, admin.id],
    };
  });
  afterAll(() => app.close());

  /** Row count and content hash of every table: equal fingerprints mean nothing was written. */
  async function fingerprint(): Promise<string> {
    const tables = await prisma.$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`;
    const parts = tables.map(({ name }) => `SELECT '${name}' AS t, count(*) AS n, coalesce(sum(hashtext(x::text)), 0) AS h FROM "${name}" x`);
    const rows = await prisma.$queryRawUnsafe<{ t: string; n: bigint; h: bigint }[]>(parts.join(' UNION ALL '));
    return rows.map((row) => `${row.t}:${row.n}:${row.h}`).join('|');
  }

  async function send(operation: Operation, request: FuzzRequest) {
    const url =
      operation.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodePathSegment(request.path[name] ?? '')) +
      (Object.keys(request.query).length > 0 ? `?${new URLSearchParams(request.query).toString()}` : '');
    const auth = request.identity === 'admin' ? admin.auth : request.identity === 'learner' ? learner.auth : {};
    const { body } = request;
    return app.inject({
      method: operation.method as 'GET',
      url,
      headers: { ...auth, ...(body.kind === 'raw' ? { 'content-type': body.contentType } : {}) },
      ...(body.kind === 'json' ? { payload: JSON.stringify(body.value) ?? 'null', headers: { ...auth, 'content-type': 'application/json' } } : {}),
      ...(body.kind === 'raw' ? { payload: body.payload } : {}),
    });
  }

  it('documents operations to fuzz', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  /** Fuzzes every operation with `arbitraryFor`; returns one message per operation that broke a rule. */
  async function fuzzOperations(selected: Operation[], arbitraryFor: (operation: Operation) => fc.Arbitrary<FuzzRequest>): Promise<string[]> {
    const failures: string[] = [];
    for (const operation of selected) {
      await fc.assert(
        fc.asyncProperty(arbitraryFor(operation), async (request) => {
          const before = await fingerprint();
          const response = await send(operation, request);
          const label = `${operation.method} ${operation.path} → ${response.statusCode}`;
          const input = JSON.stringify(request).slice(0, 200);
          if (response.statusCode >= 500) throw new Error(`${label}: ${response.body.slice(0, 300)} ← ${input}`);
          if (!operation.documented.has(String(response.statusCode))) {
            throw new Error(`${label}: a status the OpenAPI document does not list for it (${[...operation.documented].join(', ')}) ← ${input}`);
          }
          if (response.statusCode >= 400) {
            if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
              throw new Error(`${label}: 4xx without problem+json (${response.headers['content-type']}) ${response.body.slice(0, 200)} ← ${input}`);
            }
            const after = await fingerprint();
            if (after !== before) throw new Error(`${label}: a refused request changed the database ← ${input}`);
          }
        }),
        { numRuns: RUNS, endOnFailure: true, seed: SEED },
      ).catch((error: Error) => {
        // fast-check wraps the property's error; keep our own message, not the counterexample dump.
        const cause = error.cause instanceof Error ? error.cause.message : error.message;
        failures.push(`${cause.slice(0, 700)} (FUZZ_SEED=${SEED})`);
      });
    }
    return failures;
  }

  it('never answers 5xx, answers 4xx as problem+json, and writes nothing when it refuses', async () => {
    expect(await fuzzOperations(operations, (operation) => requestArbitrary(operation, components, known))).toEqual([]);
  }, 600_000);

  it('holds the same rules for hostile bodies: deep nesting, long tokens, repeated tags', async () => {
    const withBody = operations.filter((operation) => operation.method !== 'GET' && operation.method !== 'DELETE');
    expect(await fuzzOperations(withBody, (operation) => requestArbitrary(operation, components, known, true))).toEqual([]);
  }, 600_000);
});
