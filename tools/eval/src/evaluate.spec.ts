import { seedCatalogueSnapshot } from '@stacks/db';
import { evaluate } from './evaluate.js';
import { EVAL_QUESTIONS } from './questions.js';

describe('answering evaluation on the seed catalogue', () => {
  it('has at least 60 questions, including unanswerable and time questions', () => {
    expect(EVAL_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(EVAL_QUESTIONS.filter((item) => item.unknown).length).toBeGreaterThanOrEqual(5);
    expect(EVAL_QUESTIONS.filter((item) => item.now).length).toBeGreaterThanOrEqual(2);
  });

  it('answers at least 90 % of the questions correctly at top 1', () => {
    const report = evaluate(seedCatalogueSnapshot());
    if (report.accuracy < 0.9) {
      console.error(report.misses.map((miss) => `MISS ${miss.question}\n  expected ${miss.expected}\n  got ${miss.got.answer}`).join('\n'));
    }
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('counts a wrong answer as a miss (the scorer can fail)', () => {
    const report = evaluate(seedCatalogueSnapshot(), [{ question: 'Who funds LTC?', facts: ['Kellogg'] }, { question: 'Who funds LTC?', unknown: true }]);
    expect(report.correct).toBe(0);
    expect(report.misses).toHaveLength(2);
  });
});
