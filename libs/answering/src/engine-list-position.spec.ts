import { AnsweringEngine } from './engine.js';
import type { FaqEntry } from './knowledge.js';
import { testCatalogue } from './testing-catalogue.js';

const NOW = new Date('2030-02-01T12:00:00Z');

const FAQ: FaqEntry[] = [
  {
    id: 'campaign-goals',
    question: 'What are the goals of the reading campaign?',
    keywords: 'goals reading campaign',
    answer: 'Reading campaign goals: (1) every child owns a book; (2) every family visits a branch; (3) every school joins a reading circle; (4) every town hosts a story walk.',
  },
  {
    id: 'campaign-history',
    question: 'How did the reading campaign start?',
    keywords: 'history reading campaign goals',
    answer: 'The reading campaign began in a single branch and set its goals with local schools.',
  },
  {
    id: 'campaign-editions',
    question: 'How often is the reading campaign held?',
    keywords: 'editions reading campaign',
    answer: 'The reading campaign is held each spring; the third edition was in 2029.',
  },
];

describe('A question asking for a place in a list ("the 3rd goal", "goal #2", "the last one")', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: FAQ });

  it('is answered with that item alone, its place and the list it is in', () => {
    const answer = engine.answerSync('3rd goal of the reading campaign?', NOW);
    expect(answer.entryId).toBe('faq:campaign-goals');
    expect(answer.answer).toBe('Number 3 of 4 (What are the goals of the reading campaign?): Every school joins a reading circle.');
    expect(engine.answerSync('reading campaign goal #2', NOW).answer).toContain('Every family visits a branch');
    expect(engine.answerSync('what is the last one of the reading campaign goals', NOW).answer).toContain('Every town hosts a story walk');
  });

  it('covers the place words, so the answer is not shown as unsure for them', () => {
    const [withPlace] = engine.rank('3rd goal of the reading campaign?');
    expect(withPlace.listPosition).toEqual({ position: 3, words: ['3rd'] });
    expect(withPlace.coverage).toBeGreaterThan(0.9);
  });

  it('leaves a list that has fewer items, and an entry that says the ordinal itself, whole', () => {
    expect(engine.rank('the 9th goal of the reading campaign')[0].listPosition).toBeUndefined();
    const edition = engine.answerSync('when was the third edition of the reading campaign', NOW);
    expect(edition.entryId).toBe('faq:campaign-editions');
    expect(edition.answer).toContain('the third edition was in 2029');
  });
});
