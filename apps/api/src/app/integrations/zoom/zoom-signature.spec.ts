import { verifyZoomSignature, zoomHmac, zoomSignature } from './zoom-signature.js';

const SECRET = 'a-zoom-secret-token-for-tests';
const body = '{"event":"meeting.participant_joined","event_ts":1765742400000}';
const now = new Date('2026-12-14T20:00:00Z');
const ts = String(Math.floor(now.getTime() / 1000));

describe('verifyZoomSignature', () => {
  it('accepts the signature Zoom computes for this body and timestamp', () => {
    const signature = `v0=${zoomHmac(SECRET, `v0:${ts}:${body}`)}`;
    expect(signature).toBe(zoomSignature(SECRET, ts, body));
    expect(verifyZoomSignature(SECRET, { signature, timestamp: ts }, body, now)).toEqual({ ok: true });
  });

  it('refuses a body changed after signing', () => {
    const signature = zoomSignature(SECRET, ts, body);
    expect(verifyZoomSignature(SECRET, { signature, timestamp: ts }, body.replace('joined', 'left'), now)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a signature made with another secret, or cut short', () => {
    const forged = zoomSignature('another-secret-entirely', ts, body);
    expect(verifyZoomSignature(SECRET, { signature: forged, timestamp: ts }, body, now).ok).toBe(false);
    expect(verifyZoomSignature(SECRET, { signature: zoomSignature(SECRET, ts, body).slice(0, 20), timestamp: ts }, body, now)).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a timestamp more than five minutes old, even correctly signed', () => {
    const old = String(Number(ts) - 301);
    expect(verifyZoomSignature(SECRET, { signature: zoomSignature(SECRET, old, body), timestamp: old }, body, now)).toEqual({ ok: false, reason: 'stale' });
    const recent = String(Number(ts) - 299);
    expect(verifyZoomSignature(SECRET, { signature: zoomSignature(SECRET, recent, body), timestamp: recent }, body, now)).toEqual({ ok: true });
  });

  it('refuses missing headers and a timestamp that is not a number', () => {
    expect(verifyZoomSignature(SECRET, { signature: undefined, timestamp: ts }, body, now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyZoomSignature(SECRET, { signature: 'v0=00', timestamp: 'yesterday' }, body, now)).toEqual({ ok: false, reason: 'timestamp' });
  });
});
