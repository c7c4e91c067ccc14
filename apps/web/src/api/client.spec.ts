import { ApiClient, ApiError } from './client';

/** A scripted stand-in for the network: each call is recorded and answered by the script. */
function network(answer: (url: string, init: RequestInit) => { status: number; body?: unknown }) {
  const calls: { url: string; method: string; authorization?: string; body?: string }[] = [];
  const fetchStandIn = async (url: string, init: RequestInit = {}) => {
    const headers = (init.headers ?? {}) as Record<string, string>;
    calls.push({ url, method: init.method ?? 'GET', authorization: headers.authorization, body: init.body as string | undefined });
    await Promise.resolve();
    const { status, body } = answer(url, init);
    return {
      ok: status >= 200 && status < 300,
      status,
      statusText: '',
      json: async () => body,
      text: async () => String(body),
    } as Response;
  };
  return { calls, fetch: fetchStandIn as typeof fetch };
}

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return { getItem: (key: string) => values.get(key) ?? null, setItem: (key: string, value: string) => void values.set(key, value), removeItem: (key: string) => void values.delete(key), values };
}

const originalFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = originalFetch;
});

describe('ApiClient', () => {
  it('sends the access token, and after a 401 refreshes once for concurrent calls, keeping the rotated token', async () => {
    let current = 'access-1';
    const net = network((url, init) => {
      if (url.endsWith('/auth/refresh')) {
        current = 'access-2';
        return { status: 200, body: { accessToken: 'access-2', refreshToken: 'refresh-2', expiresIn: 900 } };
      }
      const authorization = (init.headers as Record<string, string>).authorization;
      return authorization === `Bearer ${current}` && current === 'access-2' ? { status: 200, body: { ok: url } } : { status: 401, body: { title: 'Unauthorized', status: 401 } };
    });
    globalThis.fetch = net.fetch;
    const storage = memoryStorage();
    const client = new ApiClient('/api/v1', storage);
    client.setTokens({ accessToken: 'access-1', refreshToken: 'refresh-1', expiresIn: 900, tokenType: 'Bearer' });

    const results = await Promise.all([client.request('/me'), client.request('/me/badges')]);

    expect(results).toEqual([{ ok: '/api/v1/me' }, { ok: '/api/v1/me/badges' }]);
    const refreshes = net.calls.filter((call) => call.url.endsWith('/auth/refresh'));
    expect(refreshes).toHaveLength(1);
    expect(JSON.parse(refreshes[0].body ?? '{}')).toEqual({ refreshToken: 'refresh-1' });
    expect(storage.values.get('stacks.refreshToken')).toBe('refresh-2');
    expect(net.calls.filter((call) => call.authorization === 'Bearer access-2').map((call) => call.url).sort()).toEqual(['/api/v1/me', '/api/v1/me/badges']);
  });

  it('after a reload (only a refresh token kept), refreshes before the first call', async () => {
    const net = network((url) => (url.endsWith('/auth/refresh') ? { status: 200, body: { accessToken: 'fresh', refreshToken: 'refresh-9', expiresIn: 900 } } : { status: 200, body: [] }));
    globalThis.fetch = net.fetch;
    const client = new ApiClient('/api/v1', memoryStorage({ 'stacks.refreshToken': 'refresh-8' }));
    expect(client.hasSession).toBe(true);
    await client.request('/me/progress');
    expect(net.calls.map((call) => `${call.method} ${call.url} ${call.authorization ?? ''}`.trim())).toEqual(['POST /api/v1/auth/refresh', 'GET /api/v1/me/progress Bearer fresh']);
  });

  it('signs out when the refresh token is refused, and reports the 401 as an ApiError', async () => {
    const net = network(() => ({ status: 401, body: { title: 'Unauthorized', status: 401, detail: 'The refresh token was revoked' } }));
    globalThis.fetch = net.fetch;
    const storage = memoryStorage({ 'stacks.refreshToken': 'stolen-and-replayed' });
    const client = new ApiClient('/api/v1', storage);
    const sessionChanges: boolean[] = [];
    client.onSessionChange((signedIn) => sessionChanges.push(signedIn));

    const failure = await client.request('/me').catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(401);
    expect(storage.values.has('stacks.refreshToken')).toBe(false);
    expect(client.hasSession).toBe(false);
    expect(sessionChanges).toEqual([false]);
  });

  it('turns a problem+json body into an error that names each field', async () => {
    globalThis.fetch = network(() => ({
      status: 400,
      body: { title: 'Your request has invalid fields', status: 400, detail: 'password must be longer than or equal to 12 characters', errors: [{ field: 'password', rule: 'minLength', message: 'password must be longer than or equal to 12 characters' }] },
    })).fetch;
    const client = new ApiClient('/api/v1', memoryStorage());
    const failure = (await client.request('/auth/register', { method: 'POST', body: { password: 'short' } }).catch((error: unknown) => error)) as ApiError;
    expect(failure.message).toBe('password must be longer than or equal to 12 characters');
    expect(failure.fieldMessage('password')).toBe('password must be longer than or equal to 12 characters');
    expect(failure.fieldMessage('email')).toBeUndefined();
  });
});
