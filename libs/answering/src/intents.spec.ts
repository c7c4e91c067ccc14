import { detectIntents } from './intents.js';

describe('a question asking who trains or teaches a program', () => {
  it('asks for the organisations behind it', () => {
    expect(detectIntents('who trains the innovators cohort libraries')).toContain('organisations');
    expect(detectIntents('who taught the dialogue webinars')).toContain('organisations');
  });

  it('leaves other "train" questions alone', () => {
    expect(detectIntents('how long is the training')).not.toContain('organisations');
  });
});

describe('a question asking for a timeline', () => {
  it('asks when, as "schedule" does', () => {
    expect(detectIntents('what is the timeline for the academic library sessions')).toContain('dates');
    expect(detectIntents('what timeframe do the goals cover')).toContain('dates');
  });
});

describe('a question asking whether something is still on or already over', () => {
  it('asks when, as "still open" does', () => {
    expect(detectIntents('is the membership mixer still on? id like to go')).toContain('dates');
    expect(detectIntents('can i still hop on the committee chat')).toContain('dates');
    expect(detectIntents('is the workshop over yet')).toContain('dates');
    expect(detectIntents('did the mixer already end')).toContain('dates');
  });

  it('leaves "still" that asks about something else alone', () => {
    expect(detectIntents('is lifelong learning still an action area')).not.toContain('dates');
  });
});
