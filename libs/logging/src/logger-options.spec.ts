import { Writable } from 'node:stream';
import { pino } from 'pino';
import { isHealthProbe, REDACTED_PATHS, requestIdFor, wantsPrettyLogs } from './logger-options.js';
import { redactUrlSecrets } from './url-secrets.js';

describe('request ids', () => {
  it('keeps a well-formed incoming X-Request-Id from the load balancer', () => {
    expect(requestIdFor({ headers: { 'x-request-id': 'lb-1234' } })).toBe('lb-1234');
  });

  it('replaces a malformed one with a fresh uuid', () => {
    expect(requestIdFor({ headers: { 'x-request-id': 'bad id\nwith newline' } })).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps an id the HTTP server already assigned', () => {
    expect(requestIdFor({ headers: {}, id: 'assigned' })).toBe('assigned');
  });
});

describe('redaction', () => {
  it('never writes passwords, tokens or authorization headers', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, sink);
    logger.info({ req: { headers: { authorization: 'Bearer abc.def' } }, body: { password: 'hunter22', refreshToken: 'r1' } });
    expect(lines.join('')).not.toMatch(/abc\.def|hunter22|"r1"/);
    expect(lines.join('')).toContain('[redacted]');
  });
});

describe('request log lines', () => {
  it('replace the values of secret query parameters and keep the rest', () => {
    expect(redactUrlSecrets('/notifications/unsubscribe?token=abc.def&lang=en')).toBe('/notifications/unsubscribe?token=[redacted]&lang=en');
    expect(redactUrlSecrets('/api/v1/programs?q=dialogue')).toBe('/api/v1/programs?q=dialogue');
    expect(redactUrlSecrets('/x?Code=1&code=2')).not.toMatch(/=1|=2/);
  });

  it('leave out liveness and readiness probes, not routes that merely start alike', () => {
    expect(['/health', '/health/ready', '/health?probe=lb'].map(isHealthProbe)).toEqual([true, true, true]);
    expect(['/healthy', '/api/v1/health', undefined].map(isHealthProbe)).toEqual([false, false, false]);
  });
});

describe('readable or JSON lines', () => {
  const terminal = { isTTY: true };
  const pipe = { isTTY: false };
  it('are readable in development at a terminal, directly or through concurrently (FORCE_COLOR)', () => {
    expect(wantsPrettyLogs({ nodeEnv: 'development' }, terminal)).toBe(true);
    expect(wantsPrettyLogs({ nodeEnv: 'development' }, { isTTY: false, forceColor: '3' })).toBe(true);
  });

  it('are JSON in production, in tests and into a pipe', () => {
    expect(wantsPrettyLogs({ nodeEnv: 'production' }, terminal)).toBe(false);
    expect(wantsPrettyLogs({ nodeEnv: 'test' }, terminal)).toBe(false);
    expect(wantsPrettyLogs({ nodeEnv: 'development' }, pipe)).toBe(false);
    expect(wantsPrettyLogs({ nodeEnv: 'development' }, { isTTY: false, forceColor: '0' })).toBe(false);
  });

  it('follow LOG_PRETTY when it is set', () => {
    expect(wantsPrettyLogs({ pretty: true, nodeEnv: 'production' }, pipe)).toBe(true);
    expect(wantsPrettyLogs({ pretty: false, nodeEnv: 'development' }, terminal)).toBe(false);
  });
});

describe('URLs in logs', () => {
  it('hide wallet exchange tokens and token query values, and keep the rest', () => {
    const token = 'Qm9ndXNUb2tlbkZvckFUZXN0MDEyMzQ1Njc4OTAxMjM';
    expect(redactUrlSecrets(`/api/v1/exchanges/${token}`)).toBe('/api/v1/exchanges/[redacted]');
    expect(redactUrlSecrets(`/api/v1/notifications/unsubscribe?lang=en&token=${token}`)).toBe('/api/v1/notifications/unsubscribe?lang=en&token=[redacted]');
    expect(redactUrlSecrets('/api/v1/me/badges?limit=5')).toBe('/api/v1/me/badges?limit=5');
  });

  it('hide private calendar feed tokens but not the public .ics routes', () => {
    const token = 'Qm9ndXNUb2tlbkZvckFUZXN0MDEyMzQ1Njc4OTAxMjM';
    expect(redactUrlSecrets(`GET /api/v1/calendar/feeds/${token}/stacks.ics 200`)).toBe('GET /api/v1/calendar/feeds/[redacted]/stacks.ics 200');
    expect(redactUrlSecrets('/api/v1/programs/ltc-models-for-change/calendar.ics')).toBe('/api/v1/programs/ltc-models-for-change/calendar.ics');
  });
});
