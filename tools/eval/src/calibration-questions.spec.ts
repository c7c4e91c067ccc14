import { CALIBRATION_QUESTIONS } from './calibration-questions.js';
import { HELD_OUT_QUESTIONS } from './held-out-questions.js';
import { normalisedQuestion, questionWords, wordSimilarity } from './question-wording.js';
import { EVAL_QUESTIONS } from './questions.js';

describe('the calibration split of the development set', () => {
  it('has answerable and out-of-scope questions, each answerable one with facts', () => {
    expect(CALIBRATION_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(CALIBRATION_QUESTIONS.filter((item) => item.unknown).length).toBeGreaterThanOrEqual(20);
    expect(CALIBRATION_QUESTIONS.filter((item) => !item.unknown && !item.facts?.length)).toEqual([]);
    expect(new Set(CALIBRATION_QUESTIONS.map((item) => normalisedQuestion(item.question))).size).toBe(CALIBRATION_QUESTIONS.length);
  });

  it('shares no question, nor a near copy of one, with the tuning questions or the held-out set', () => {
    const others = [...EVAL_QUESTIONS, ...HELD_OUT_QUESTIONS].map((item) => questionWords(item.question));
    const copies = CALIBRATION_QUESTIONS.filter((item) => others.some((asked) => wordSimilarity(questionWords(item.question), asked) >= 0.75));
    expect(copies.map((item) => item.question)).toEqual([]);
  });
});
