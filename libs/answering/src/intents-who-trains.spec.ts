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
