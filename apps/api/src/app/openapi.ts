import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PROBLEM_CONTENT_TYPE, titleFor } from './problem/problem-details.js';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Stacks learning API')
    .setDescription(
      'Programs, sessions, enrolments, completion tracking, progress and badges for the association’s ' +
        'professional-learning programs. Errors are `application/problem+json` (RFC 9457).',
    )
    .setVersion('1')
    // Relative: the document is served by the API it describes, whatever its public address.
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  return documentProblemResponses(SwaggerModule.createDocument(app, config));
}

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', example: 'https://stacks.example.org/problems/validation' },
    title: { type: 'string', example: 'Your request has invalid fields' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string' },
    instance: { type: 'string', example: '/api/v1/me/completion-events' },
    requestId: { type: 'string' },
    errors: {
      type: 'array',
      description: 'One entry per offending field',
      items: {
        type: 'object',
        required: ['field', 'rule', 'message'],
        properties: {
          field: { type: 'string', example: 'body.viewedPercent' },
          rule: { type: 'string', example: 'max' },
          message: { type: 'string', example: 'viewedPercent must not be greater than 100' },
        },
      },
    },
  },
};

/**
 * What the shared pipeline (validation, guards, body parsing, the error filter) can answer, and when.
 * Each is one reusable response (components.responses[name]) that operations refer to.
 */
const PIPELINE_PROBLEMS: { status: number; name: string; description: string; applies(operation: Operation, path: string, method: string): boolean }[] = [
  { status: 400, name: 'BadRequest', description: 'A parameter or the body breaks a rule; `errors` names each field and rule', applies: (op, _path, method) => hasParameters(op) || readsBody(op, method) },
  { status: 401, name: 'Unauthorized', description: 'No valid access token', applies: (op) => isAuthenticated(op) },
  { status: 403, name: 'NotAnAdministrator', description: 'Signed in, but not an administrator', applies: (op, path) => isAuthenticated(op) && path.includes('/admin/') },
  { status: 404, name: 'NotFound', description: 'Nothing has that identifier', applies: (op) => hasPathParameters(op) },
  { status: 413, name: 'ContentTooLarge', description: 'The body is larger than the configured limit', applies: (op, _path, method) => readsBody(op, method) },
  { status: 414, name: 'UriTooLong', description: 'A path parameter is longer than any identifier can be', applies: (op) => hasPathParameters(op) },
  { status: 415, name: 'UnsupportedMediaType', description: 'The body is not in a media type this operation reads', applies: (op, _path, method) => readsBody(op, method) },
  { status: 503, name: 'ServiceUnavailable', description: 'PostgreSQL or Redis is unavailable; retry later', applies: () => true },
];

/**
 * Adds the problem responses every operation can give because of the pipeline it runs through,
 * so clients (and the fuzz test, which checks every answer is documented) see them all.
 * Responses a controller documents itself keep their own description.
 */
export function documentProblemResponses(document: OpenAPIObject): OpenAPIObject {
  const problem = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };
  const pipelineResponses = Object.fromEntries(PIPELINE_PROBLEMS.map((rule) => [rule.name, { description: `${titleFor(rule.status)}: ${rule.description}`, content: problem }]));
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA },
    responses: { ...document.components?.responses, ...pipelineResponses },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      // Every authenticated route documents its bearer requirement (@ApiBearerAuth: the fuzz test
      // holds each 401 to it), so one without is @Public(): say so rather than leave it unstated.
      operation.security ??= [];
      for (const rule of PIPELINE_PROBLEMS) {
        if (!rule.applies(operation, path, method)) continue;
        const existing = operation.responses[String(rule.status)] as { description?: string } | undefined;
        // A response the controller describes itself keeps its words; the rest share one definition.
        operation.responses[String(rule.status)] = existing?.description ? { description: existing.description, content: problem } : { $ref: `#/components/responses/${rule.name}` };
      }
      // Controllers' own 4xx responses are problems too.
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^4\d\d$/.test(status) && response && 'description' in response && !response.content) operation.responses[status] = { ...response, content: problem };
      }
    }
  }
  return document;
}

/** Fastify parses (and limits) a body on these methods whether or not the operation documents one. */
function readsBody(operation: Operation, method: string): boolean {
  return Boolean(operation.requestBody) || method === 'post' || method === 'put' || method === 'patch';
}

function hasParameters(operation: Operation): boolean {
  return (operation.parameters ?? []).some((parameter) => 'in' in parameter && (parameter.in === 'query' || parameter.in === 'path'));
}

function hasPathParameters(operation: Operation): boolean {
  return (operation.parameters ?? []).some((parameter) => 'in' in parameter && parameter.in === 'path');
}

function isAuthenticated(operation: Operation): boolean {
  return (operation.security ?? []).some((requirement) => 'bearer' in requirement);
}

/** Swagger UI at /docs, the JSON document at /docs-json. */
export function mountOpenApi(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
