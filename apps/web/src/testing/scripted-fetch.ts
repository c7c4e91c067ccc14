export interface RecordedCall {
  method: string;
  url: string;
  body: unknown;
}

/**
 * A scripted stand-in for the network (jsdom has no fetch or Response): records each call in
 * `calls` and answers what `respond` returns for it. The API client reads ok, status, json() and text().
 */
export function scriptFetch(calls: RecordedCall[], respond: (call: RecordedCall) => { status: number; body: unknown }): void {
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const call = { method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : undefined };
    calls.push(call);
    const { status, body } = respond(call);
    return { ok: status < 300, status, statusText: '', json: async () => body, text: async () => JSON.stringify(body) } as Response;
  }) as typeof fetch;
}
