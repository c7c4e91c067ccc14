import type { FieldViolation } from './problem-details.js';

/**
 * An expected failure the caller can act on. Services throw these; ProblemDetailsFilter maps
 * them once to an HTTP problem response.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 503,
    readonly slug: string,
    message: string,
    readonly errors?: FieldViolation[],
    /** Sent as Retry-After (a 503 the caller should simply repeat shortly). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string) => new DomainError(404, 'not-found', `${what} ${id} does not exist`);
