import { Webhook } from 'standardwebhooks';
import { generateWebhookSecret, signWebhook, webhookMessageId } from './webhook-signature.js';

describe('webhook signatures (Standard Webhooks)', () => {
  const body = JSON.stringify({ type: 'badge.awarded', timestamp: '2026-12-02T10:00:00.000Z', data: { credentialId: 'c1' } });

  it('verifies with the receiver library under the endpoint secret', () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const headers = signWebhook([secret], webhookMessageId('0b7c1a52-2f0e-4a43-9d6e-0f3c8d1e2b44'), new Date(), body);
    expect(headers['webhook-id']).toBe('msg_0b7c1a522f0e4a439d6e0f3c8d1e2b44');
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it('during a rotation signs with both secrets, so receivers holding either one verify', () => {
    const previous = generateWebhookSecret();
    const current = generateWebhookSecret();
    const headers = signWebhook([current, previous], 'msg_rotation', new Date(), body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(current).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('fails verification when the body was changed on the way', () => {
    const secret = generateWebhookSecret();
    const headers = signWebhook([secret], 'msg_tamper', new Date(), body);
    expect(() => new Webhook(secret).verify(body.replace('c1', 'c2'), headers)).toThrow();
  });
});
