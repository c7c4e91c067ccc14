import type { Problem, TokenPair } from './types';

/** A failed API call: the problem+json body when there was one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
  }

  /** The message for one request field, if the API named it. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((error) => error.field === field)?.message;
  }
}

const REFRESH_TOKEN_KEY = 'stacks.refreshToken';

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON-encoded unless it is a string or a Blob (sent with `contentType`). */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  /** The response is text (a JWS), not JSON. */
  text?: boolean;
}

/**
 * Talks to the API on the same origin. The access token lives only in memory; the refresh token
 * is kept in localStorage so a reload stays signed in, and is rotated on every refresh (the API
 * revokes the whole sign-in if an old one is replayed). Concurrent 401s share one refresh.
 */
export class ApiClient {
  private accessToken: string | null = null;
  private refreshing: Promise<boolean> | null = null;
  private readonly listeners = new Set<(signedIn: boolean) => void>();

  constructor(
    private readonly base = '/api/v1',
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = window.localStorage,
  ) {}

  get hasSession(): boolean {
    return this.accessToken !== null || this.storage.getItem(REFRESH_TOKEN_KEY) !== null;
  }

  onSessionChange(listener: (signedIn: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setTokens(tokens: TokenPair): void {
    this.accessToken = tokens.accessToken;
    this.storage.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
    this.listeners.forEach((listener) => listener(true));
  }

  clearTokens(): void {
    const hadSession = this.hasSession;
    this.accessToken = null;
    this.storage.removeItem(REFRESH_TOKEN_KEY);
    if (hadSession) this.listeners.forEach((listener) => listener(false));
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    if (!this.accessToken && this.storage.getItem(REFRESH_TOKEN_KEY)) await this.refresh();
    let response = await this.send(path, options);
    if (response.status === 401 && this.storage.getItem(REFRESH_TOKEN_KEY) && (await this.refresh())) {
      response = await this.send(path, options);
    }
    if (!response.ok) throw new ApiError(response.status, await readProblem(response));
    if (response.status === 204) return undefined as T;
    return (options.text ? await response.text() : await response.json()) as T;
  }

  private send(path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    if (this.accessToken) headers.authorization = `Bearer ${this.accessToken}`;
    let body: string | Blob | undefined;
    if (options.body !== undefined) {
      // Strings and files (a baked badge image) go as they are; anything else as JSON.
      body = typeof options.body === 'string' || options.body instanceof Blob ? options.body : JSON.stringify(options.body);
      headers['content-type'] = options.contentType ?? 'application/json';
    }
    return fetch(`${this.base}${path}`, { method: options.method ?? 'GET', headers, body });
  }

  /** One refresh at a time; false (and signed out) when the refresh token is no longer accepted. */
  private refresh(): Promise<boolean> {
    this.refreshing ??= (async () => {
      const refreshToken = this.storage.getItem(REFRESH_TOKEN_KEY);
      if (!refreshToken) return false;
      try {
        const response = await fetch(`${this.base}/auth/refresh`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ refreshToken }),
        });
        if (!response.ok) {
          if (response.status === 401 || response.status === 400) this.clearTokens();
          return false;
        }
        this.setTokens((await response.json()) as TokenPair);
        return true;
      } catch {
        return false;
      } finally {
        this.refreshing = null;
      }
    })();
    return this.refreshing;
  }
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = { type: 'about:blank', title: response.statusText || 'Request failed', status: response.status };
  try {
    const body = (await response.json()) as Partial<Problem>;
    return { ...fallback, ...body };
  } catch {
    return fallback;
  }
}

export const api = new ApiClient();
