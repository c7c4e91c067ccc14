/** RFC 9457 problem details, the body of every error response. */
export interface FieldViolation {
  /** Dotted path of the offending field, e.g. `body.email` or `query.limit`. */
  field: string;
  /** The rule it broke, e.g. `isEmail`, `max`, `whitelist`. */
  rule: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  requestId?: string;
  errors?: FieldViolation[];
  /** Readiness failures: the state of each dependency. */
  checks?: Record<string, unknown>;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function titleFor(status: number): string {
  return TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** Stable, documented problem types; `about:blank` when the status code says it all. */
export function problemType(slug?: string): string {
  return slug ? `https://stacks.example.org/problems/${slug}` : 'about:blank';
}
