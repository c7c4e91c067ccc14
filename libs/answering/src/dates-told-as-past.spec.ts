import { latestMentionedMoment, toldAsPastWhenOver } from './dates.js';

const NOW = new Date('2026-12-01T12:00:00Z');

describe('the latest moment an answer mentions', () => {
  it('reads days, seasons, year spans and bare years, each to its last moment', () => {
    expect(latestMentionedMoment('On 17 January 2017 and January 27, 2022.')?.toISOString()).toBe('2022-01-27T23:59:59.000Z');
    expect(latestMentionedMoment('Sessions come in fall 2017 and spring 2018.')?.toISOString()).toBe('2018-05-31T23:59:59.000Z');
    expect(latestMentionedMoment('The first phase ran in 2014-15.')?.toISOString()).toBe('2015-12-31T23:59:59.000Z');
    expect(latestMentionedMoment('Ten webinars and three workshops.')).toBeNull();
  });
});

describe('an answer to "is it still open?"', () => {
  const opened = 'At the announcement on 15 December 2016, registration opened for the first four sessions.';

  it('says up front that it is over when every date it gives is past', () => {
    expect(toldAsPastWhenOver('is registration still open', opened, NOW)).toBe(`No — that is in the past. ${opened}`);
    expect(toldAsPastWhenOver('too late to join?', opened, NOW)).toMatch(/^No — that is in the past/);
  });

  it('is left alone when a date is still to come, it already says so, or the question is not about being open', () => {
    expect(toldAsPastWhenOver('is registration still open', 'Registration closes on 15 December 2030.', NOW)).toBe('Registration closes on 15 December 2030.');
    const closed = 'The deadline was 31 January 2022; it has passed, so this is closed.';
    expect(toldAsPastWhenOver('can i still join', closed, NOW)).toBe(closed);
    expect(toldAsPastWhenOver('when did registration open', opened, NOW)).toBe(opened);
  });
});
