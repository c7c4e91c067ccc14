import { AnsweringEngine } from './engine.js';
import type { FaqEntry } from './knowledge.js';
import { testCatalogue } from './testing-catalogue.js';
import { americanSpelling, stemTerm } from './text.js';

describe('members who type British or American spelling', () => {
  it('respells British endings the American way when WordNet knows the result', () => {
    expect(['organisation', 'organises', 'behaviour', 'centre', 'catalogue', 'analyse', 'favourite'].map(americanSpelling)).toEqual([
      'organization',
      'organizes',
      'behavior',
      'center',
      'catalog',
      'analyze',
      'favorite',
    ]);
    expect(stemTerm('organisations')).toBe(stemTerm('organizations'));
  });

  it('leaves words that only look British', () => {
    for (const word of ['promise', 'tour', 'four', 'genre', 'otherwise', 'exercise', 'vogue', 'league']) expect(americanSpelling(word)).toBe(word);
  });

  it('finds an answer written in the other spelling', () => {
    const item: FaqEntry = { id: 'mixer-host', question: 'Who organizes the membership mixer?', keywords: 'mixer host', answer: 'The membership committee organizes the mixer at the community center.' };
    const engine = new AnsweringEngine(testCatalogue(), { faq: [item] });
    const now = new Date('2030-02-01T12:00:00Z');
    expect(engine.answerSync('who organises the membership mixer', now).entryId).toBe('faq:mixer-host');
    expect(engine.answerSync('is the mixer at the community centre', now).entryId).toBe('faq:mixer-host');
  });
});
