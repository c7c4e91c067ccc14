export interface RecordedCall {
  method: string;
  url: string;
  /** A JSON body parsed; any other body (an uploaded File, plain text) as it was sent. */
  body: unknown;
}

function recordedBody(body: RequestInit['body']): unknown {
  if (body === undefined || body === null) return undefined;
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}

/**
 * A scripted stand-in for the network (jsdom has no fetch or Response): records each call in
 * `calls` and answers what `respond` returns for it. The API client reads ok, status, json() and text().
 */
export function scriptFetch(calls: RecordedCall[], respond: (call: RecordedCall) => { status: number; body: unknown }): void {
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const call = { method: init.method ?? 'GET', url, body: recordedBody(init.body) };
    calls.push(call);
    const { status, body } = respond(call);
    return { ok: status < 300, status, statusText: '', json: async () => body, text: async () => JSON.stringify(body) } as Response;
  }) as typeof fetch;
}
