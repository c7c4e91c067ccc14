import { CALIBRATION_QUESTIONS } from './calibration-questions.js';
import { HELD_OUT_QUESTIONS } from './held-out-questions.js';
import { EVAL_QUESTIONS } from './questions.js';

const normalised = (question: string) => question.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const words = (question: string) => new Set(normalised(question).split(' '));
const similarity = (a: Set<string>, b: Set<string>) => [...a].filter((word) => b.has(word)).length / new Set([...a, ...b]).size;

describe('the calibration split of the development set', () => {
  it('has answerable and out-of-scope questions, each answerable one with facts', () => {
    expect(CALIBRATION_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(CALIBRATION_QUESTIONS.filter((item) => item.unknown).length).toBeGreaterThanOrEqual(20);
    expect(CALIBRATION_QUESTIONS.filter((item) => !item.unknown && !item.facts?.length)).toEqual([]);
    expect(new Set(CALIBRATION_QUESTIONS.map((item) => normalised(item.question))).size).toBe(CALIBRATION_QUESTIONS.length);
  });

  it('shares no question, nor a near copy of one, with the tuning questions or the held-out set', () => {
    const others = [...EVAL_QUESTIONS, ...HELD_OUT_QUESTIONS].map((item) => words(item.question));
    const copies = CALIBRATION_QUESTIONS.filter((item) => others.some((asked) => similarity(words(item.question), asked) >= 0.75));
    expect(copies.map((item) => item.question)).toEqual([]);
  });
});
