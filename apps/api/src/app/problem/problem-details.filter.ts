import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Prisma } from '@stacks/db';
import { DomainError } from './domain-error.js';
import { PROBLEM_CONTENT_TYPE, type ProblemDetails, problemType, titleFor } from './problem-details.js';
import { RequestValidationException } from './validation-exception.factory.js';

/** Prisma error codes that mean "the database is unreachable", not "your request is wrong". */
const UNAVAILABLE_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/** Fastify's own client errors (bad JSON, wrong content type, body too large) carry these. */
interface FastifyClientError {
  statusCode?: number;
  code?: string;
  message: string;
}

/** A raw-body upload's own limit: a body over it is a 413 naming `field` and the limit. */
export interface BodyLimit {
  contentType: string;
  field: string;
  maxBytes: number;
}

/** Maps every thrown error to `application/problem+json`; nothing internal leaks to the client. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  constructor(private readonly bodyLimits: readonly BodyLimit[] = []) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<FastifyRequest>();
    const reply = context.getResponse<FastifyReply>();
    const problem = this.tooLarge(exception, request) ?? this.toProblem(exception);
    problem.instance = request.url?.split('?')[0];
    problem.requestId = String(request.id);
    if (problem.status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'request failed');
    }
    if (problem.status === 401) reply.header('www-authenticate', 'Bearer');
    if (exception instanceof DomainError && exception.retryAfterSeconds !== undefined) reply.header('retry-after', String(exception.retryAfterSeconds));
    void reply.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof RequestValidationException) {
      return {
        type: problemType('validation'),
        title: 'Your request has invalid fields',
        status: 400,
        detail: exception.message,
        errors: exception.violations,
      };
    }
    if (exception instanceof DomainError) {
      return {
        type: problemType(exception.slug),
        title: titleFor(exception.status),
        status: exception.status,
        detail: exception.message,
        ...(exception.errors ? { errors: exception.errors } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const detail =
        typeof response === 'string'
          ? response
          : typeof (response as { message?: unknown }).message === 'string'
            ? (response as { message: string }).message
            : exception.message;
      // Terminus reports each dependency's state; keep it so operators see what is down.
      const checks = (response as { details?: Record<string, unknown> }).details;
      return { type: problemType(), title: titleFor(status), status, detail, ...(checks ? { checks } : {}) };
    }
    if (exception instanceof Prisma.PrismaClientKnownRequestError) {
      if (exception.code === 'P2002') {
        return { type: problemType('conflict'), title: titleFor(409), status: 409, detail: 'That record already exists' };
      }
      if (exception.code === 'P2025') {
        return { type: problemType('not-found'), title: titleFor(404), status: 404, detail: 'That record does not exist' };
      }
      if (UNAVAILABLE_CODES.has(exception.code) || isConnectionError(exception)) return this.unavailable();
    }
    if (exception instanceof Prisma.PrismaClientInitializationError || isConnectionError(exception)) {
      return this.unavailable();
    }
    const clientError = exception as FastifyClientError;
    if (typeof clientError?.statusCode === 'number' && clientError.statusCode >= 400 && clientError.statusCode < 500) {
      return {
        type: problemType(),
        title: titleFor(clientError.statusCode),
        status: clientError.statusCode,
        detail: clientError.message,
      };
    }
    return { type: problemType(), title: titleFor(500), status: 500, detail: 'An unexpected error occurred' };
  }

  /** Fastify's "body too large" for an upload with its own limit, in words naming the field and the limit. */
  private tooLarge(exception: unknown, request: FastifyRequest): ProblemDetails | undefined {
    // Fastify's FST_ERR_CTP_BODY_TOO_LARGE, which Nest hands over as an HttpException with status 413.
    const status = exception instanceof HttpException ? exception.getStatus() : (exception as FastifyClientError | undefined)?.statusCode;
    if (status !== 413 || exception instanceof DomainError) return undefined;
    const contentType = String(request.headers?.['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const limit = this.bodyLimits.find((candidate) => candidate.contentType === contentType);
    if (!limit) return undefined;
    const message = `at most ${limit.maxBytes} bytes`;
    return {
      type: problemType('payload-too-large'),
      title: titleFor(413),
      status: 413,
      detail: `The ${limit.field} is larger than the ${limit.maxBytes} bytes allowed`,
      errors: [{ field: limit.field, rule: 'maxBytes', message }],
    };
  }

  private unavailable(): ProblemDetails {
    return {
      type: problemType('unavailable'),
      title: titleFor(503),
      status: 503,
      detail: 'A backing service is unavailable; retry shortly',
    };
  }
}

// SQLSTATE classes meaning "the database is not there right now": 08 connection exceptions,
// 57P01-57P03 admin/crash shutdown and "cannot connect now" (starting up, shutting down), 53300 too many connections.
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ECONNRESET', 'EPIPE', 'DatabaseNotReachable']);
// node-postgres reports a connection that died mid-use without a code.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated unexpectedly',
  'Client has encountered a connection error and is not queryable',
  'the database system is shutting down',
  'the database system is starting up',
];

/**
 * Whether an error means a backing service is unavailable (answer 503, retry later) rather than
 * a bug: checked on the error, its cause chain, and what Prisma wraps in `meta` (P2039 carries the
 * driver's error there).
 */
export function isConnectionError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, cause, meta } = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_NODE_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text))) return true;
  if (meta && typeof meta === 'object') {
    const wrapped = JSON.stringify(meta);
    if (/"(08[0-9A-Z]{3}|57P0[1-3]|53300)"/.test(wrapped) || UNAVAILABLE_MESSAGES.some((text) => wrapped.includes(text))) return true;
  }
  return isConnectionError(cause, depth + 1);
}
