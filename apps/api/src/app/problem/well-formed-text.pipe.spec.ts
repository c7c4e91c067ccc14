import { findIllFormedText } from './well-formed-text.pipe.js';

describe('findIllFormedText', () => {
  it('accepts ordinary and astral text', () => {
    expect(findIllFormedText({ name: 'Día 🎉', tags: ['a', 'b'], nested: { n: 1, ok: null } }, '')).toBeNull();
  });

  it('names the first field holding a lone surrogate, nested or in an array', () => {
    expect(findIllFormedText({ email: '\ud800' }, '')).toBe('email');
    expect(findIllFormedText({ profile: { jobRole: 'x\udc00' } }, '')).toBe('profile.jobRole');
    expect(findIllFormedText({ tags: ['ok', '\ud83d'] }, '')).toBe('tags[1]');
    expect(findIllFormedText({ ['\ud800']: 1 }, '')).toBe('\ud800');
  });

  it('leaves a raw uploaded body (bytes) to its own reader instead of walking every byte', () => {
    const upload = Buffer.alloc(1_000_000, 0x41);
    const started = performance.now();
    expect(findIllFormedText(upload, '')).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});
