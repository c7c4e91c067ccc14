import { Writable } from 'node:stream';
import { pino } from 'pino';
import { REDACTED_PATHS, redactUrlSecrets, requestIdFor } from './logger-options.js';

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

describe('URLs in logs', () => {
  it('hide wallet exchange tokens and token query values, and keep the rest', () => {
    const token = 'Qm9ndXNUb2tlbkZvckFUZXN0MDEyMzQ1Njc4OTAxMjM';
    expect(redactUrlSecrets(`/api/v1/exchanges/${token}`)).toBe('/api/v1/exchanges/[redacted]');
    expect(redactUrlSecrets(`/api/v1/notifications/unsubscribe?lang=en&token=${token}#x`)).toBe('/api/v1/notifications/unsubscribe?lang=en&token=[redacted]#x');
    expect(redactUrlSecrets('/api/v1/me/badges?limit=5')).toBe('/api/v1/me/badges?limit=5');
  });
});
