import { readFileSync } from 'node:fs';
import { DEFAULT_TIME_ZONE } from './default-time-zone.js';

describe('the default time zone', () => {
  it('is the default of every timeZone column in schema.prisma', () => {
    const schema = readFileSync(new URL('../../../prisma/schema.prisma', import.meta.url), 'utf8');
    const defaults = [...schema.matchAll(/^\s+timeZone\s+String\s+@default\("([^"]+)"\)/gm)].map((match) => match[1]);
    expect(defaults.length).toBeGreaterThanOrEqual(2);
    expect(new Set(defaults)).toEqual(new Set([DEFAULT_TIME_ZONE]));
  });
});
