import { generateFeedToken, hashFeedToken, isFeedTokenShape } from './feed-token.js';

describe('feed tokens', () => {
  it('are fresh 43-character base64url strings whose hash is hex SHA-256', () => {
    const [a, b] = [generateFeedToken(), generateFeedToken()];
    expect(a).not.toBe(b);
    expect(isFeedTokenShape(a)).toBe(true);
    expect(hashFeedToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashFeedToken(a)).not.toBe(hashFeedToken(b));
  });

  it('rejects anything else by shape', () => {
    expect(isFeedTokenShape('short')).toBe(false);
    expect(isFeedTokenShape(`${generateFeedToken()}x`)).toBe(false);
    expect(isFeedTokenShape('a'.repeat(42) + '/')).toBe(false);
  });
});
