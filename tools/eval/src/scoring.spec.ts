import type { Answer } from '@stacks/answering';
import { isCorrect, scoreAnswers, statesFact, type ScoredQuestion } from './evaluate.js';

function answer(text: string, sources: unknown[] = []): Answer {
  return { question: 'q', answer: text, sources: sources as Answer['sources'], confidence: 0.8 };
}

const refusal = answer("I don't know that yet. Close topics: Libraries Transforming Communities.");

describe('scoring an answer against the expected facts', () => {
  it('accepts any one of the spellings given for a fact', () => {
    const item: ScoredQuestion = { question: 'When was it?', facts: [['17 January 2017', 'January 17, 2017']] };
    expect(isCorrect(item, answer('It took place on January 17, 2017.'))).toBe(true);
    expect(isCorrect(item, answer('It took place on 17 January 2017.'))).toBe(true);
    expect(isCorrect(item, answer('It took place on 17 February 2017.'))).toBe(false);
  });

  it('requires every fact, not just one', () => {
    const item: ScoredQuestion = { question: 'Who?', facts: ['Julie Todaro', 'President'] };
    expect(isCorrect(item, answer('Julie Todaro said it.'))).toBe(false);
    expect(isCorrect(item, answer('ALA President Julie Todaro said it.'))).toBe(true);
  });

  it('ignores case, accents, punctuation and possessives, but a fact must start a word', () => {
    expect(statesFact('An intensive 18-month program', '18 month')).toBe(true);
    expect(statesFact('Jan. 17, 2017', 'jan 17 2017')).toBe(true);
    expect(statesFact('Led by World Café', 'world cafe')).toBe(true);
    expect(statesFact("See the ALSC's website", 'ALSC website')).toBe(true);
    expect(statesFact('Micro-credentials count', 'micro-credential')).toBe(true);
    expect(statesFact('They often meet', 'ten')).toBe(false);
    expect(statesFact('It is recommended', 'ended')).toBe(false);
    expect(statesFact('anything', '  ')).toBe(false);
  });

  it('fails an answer that says a forbidden phrase', () => {
    const item: ScoredQuestion = { question: 'Is it open?', facts: ['2016'], mustNotSay: ['is currently open'] };
    expect(isCorrect(item, answer('Registration opened on 15 December 2016 and has long closed.'))).toBe(true);
    expect(isCorrect(item, answer('Registration (since 2016) is currently open.'))).toBe(false);
  });

  it('reads facts in titled source links as well as plain URLs', () => {
    const item: ScoredQuestion = { question: 'Where?', facts: ['programminglibrarian.org/learn'] };
    expect(isCorrect(item, answer('On the Learning page.', ['https://programminglibrarian.org/learn']))).toBe(true);
    expect(isCorrect(item, answer('On the Learning page.', [{ title: 'Learning', url: 'https://programminglibrarian.org/learn' }]))).toBe(true);
    expect(isCorrect(item, answer('On the Learning page.', [{ title: 'Learning', url: 'https://www.ala.org' }]))).toBe(false);
  });

  it('counts a refusal right only for an out-of-scope question', () => {
    expect(isCorrect({ question: 'Weather?', unknown: true }, refusal)).toBe(true);
    expect(isCorrect({ question: 'Weather?', unknown: true }, answer('Sunny, says LTC.'))).toBe(false);
    expect(isCorrect({ question: 'What is LTC?', facts: ['Libraries Transforming Communities'] }, refusal)).toBe(false);
  });
});

describe('the evaluation report', () => {
  it('separates wrong refusals from wrong-but-confident answers', () => {
    const questions: ScoredQuestion[] = [
      { id: 'a', question: 'Who funds LTC?', facts: ['Gates'] },
      { id: 'b', question: 'Who funds LTC?', facts: ['Gates'] },
      { id: 'c', question: 'Who funds LTC?', facts: ['Gates'] },
      { id: 'd', question: 'Weather?', unknown: true },
      { id: 'e', question: 'Weather?', unknown: true },
    ];
    const report = scoreAnswers(questions, [
      answer('The Bill & Melinda Gates Foundation.'),
      answer('The W.K. Kellogg Foundation.'),
      refusal,
      refusal,
      answer('Sunny.'),
    ]);
    expect(report).toMatchObject({ total: 5, correct: 2, accuracy: 0.4, refusals: 2, wrongRefusals: 1, wrongButConfident: 2, wrongButConfidentRate: 0.4 });
    expect(report.misses.map((miss) => [miss.id, miss.expected])).toEqual([
      ['b', 'Gates'],
      ['c', 'Gates'],
      ['e', "i don't know"],
    ]);
  });
});

describe('the calibration of the confidence on a set', () => {
  it('counts, at each level, the answers given with at least that confidence and how many were right', () => {
    const items: ScoredQuestion[] = [
      { question: 'a', facts: ['2017'] },
      { question: 'b', facts: ['2017'] },
      { question: 'c', unknown: true },
      { question: 'd', facts: ['2017'] },
    ];
    const given = (text: string, confidence: number): Answer => ({ ...answer(text), confidence });
    const report = scoreAnswers(items, [given('In 2017.', 0.97), given('In 2016.', 0.7), given('It is 2017.', 0.9), refusal]);
    expect(report.calibration.find((band) => band.atLeast === 0.65)).toEqual({ atLeast: 0.65, answered: 3, right: 1 });
    expect(report.calibration.find((band) => band.atLeast === 0.85)).toEqual({ atLeast: 0.85, answered: 2, right: 1 });
    expect(report.calibration.find((band) => band.atLeast === 0.95)).toEqual({ atLeast: 0.95, answered: 1, right: 1 });
  });
});

describe('declined questions whose right answer the member still sees', () => {
  it('counts an unsure closest answer that states the facts, or a close topic whose answer does, and nothing else', () => {
    const items: ScoredQuestion[] = [
      { question: 'who funds ltc', facts: ['Gates'] },
      { question: 'who funds ltc, again', facts: ['Gates'] },
      { question: 'who funds ltc, once more', facts: ['Gates'] },
      { question: 'weather?', unknown: true },
    ];
    const unsure = answer("I don't know for sure. The closest I have, on “LTC”: the Bill & Melinda Gates Foundation funds it.");
    const report = scoreAnswers(items, [unsure, refusal, refusal, refusal], [[], [answer('The Gates Foundation funded LTC.')], [answer('The Kellogg Foundation.')], []]);
    // Still scored as refusals: only answers given outright count as right.
    expect(report).toMatchObject({ correct: 1, wrongRefusals: 3, declinedButShown: 2 });
  });
});
