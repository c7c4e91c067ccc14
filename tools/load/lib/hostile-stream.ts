import { performance } from 'node:perf_hooks';
import { type HostileInput, hostileInputs } from '@stacks/test-processes';

/**
 * What an anonymous attacker sends while members use the API: the inputs that once cost a 500 or a
 * stall (deep nesting, repeated SVG tags, long tokens and strings, each as large as the body limit
 * allows) and sign-in attempts with a forged, rotating X-Forwarded-For. Every answer must be a 4xx
 * (or a 200 verdict) within the latency bound; any 5xx, socket error or slow answer is a problem.
 */
export interface HostileStreamResult {
  requests: number;
  /** Status codes per input name. */
  statuses: Record<string, Record<number, number>>;
  slowest: { name: string; ms: number };
  /** Requests slower than the bound, answered with a 5xx, or failing at the socket. */
  problems: string[];
  /** Forged-address sign-in attempts answered 429 once the per-address limit was used up. */
  forgedLoginsRefused: number;
  forgedLogins: number;
}

export interface HostileStreamOptions {
  baseUrl: string;
  bodyLimitBytes: number;
  /** A member's address the forged sign-ins aim at (with a wrong password). */
  targetEmail: string;
  connections: number;
  maxLatencyMs: number;
  running: () => boolean;
}

function forgedLogin(targetEmail: string, attempt: number): HostileInput & { headers: Record<string, string> } {
  return {
    name: 'sign-in with a forged X-Forwarded-For',
    path: '/api/v1/auth/login',
    contentType: 'application/json',
    payload: JSON.stringify({ email: targetEmail, password: `wrong-password-${attempt}` }),
    headers: { 'x-forwarded-for': `203.0.113.${attempt % 250}` },
  };
}

export async function runHostileStream(options: HostileStreamOptions): Promise<HostileStreamResult> {
  const inputs = hostileInputs(options.bodyLimitBytes);
  const result: HostileStreamResult = { requests: 0, statuses: {}, slowest: { name: '', ms: 0 }, problems: [], forgedLoginsRefused: 0, forgedLogins: 0 };
  let turn = 0;
  const send = async (input: HostileInput, headers: Record<string, string> = {}): Promise<number | undefined> => {
    const startedAt = performance.now();
    let status: number | undefined;
    try {
      const response = await fetch(`${options.baseUrl}${input.path}`, {
        method: 'POST',
        headers: { 'content-type': input.contentType, ...headers },
        body: input.payload,
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      status = response.status;
    } catch (error) {
      result.problems.push(`${input.name}: ${(error as Error).message}`);
    }
    const ms = Math.round(performance.now() - startedAt);
    result.requests++;
    if (ms > result.slowest.ms) result.slowest = { name: input.name, ms };
    if (ms > options.maxLatencyMs) result.problems.push(`${input.name}: answered in ${ms} ms (bound ${options.maxLatencyMs} ms)`);
    if (status !== undefined) {
      const counts = (result.statuses[input.name] ??= {});
      counts[status] = (counts[status] ?? 0) + 1;
      if (status >= 500) result.problems.push(`${input.name}: ${status}`);
    }
    return status;
  };
  const connection = async () => {
    while (options.running()) {
      const index = turn++;
      // Every other request is a forged-address sign-in; the rest rotate through the inputs.
      if (index % 2 === 0) {
        const login = forgedLogin(options.targetEmail, index);
        const status = await send(login, login.headers);
        result.forgedLogins++;
        if (status === 429) result.forgedLoginsRefused++;
      } else {
        await send(inputs[Math.floor(index / 2) % inputs.length] as HostileInput);
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, connection));
  return result;
}
