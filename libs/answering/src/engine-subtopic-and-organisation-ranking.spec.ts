import { AnsweringEngine } from './engine.js';
import { listedSubtopics } from './entities.js';
import type { FaqEntry } from './knowledge.js';
import { testCatalogue } from './testing-catalogue.js';

const NOW = new Date('2030-02-01T12:00:00Z');

/** A general list whose items have entries of their own, and two lists of "commitments" and "values" from different bodies. */
const FAQ: FaqEntry[] = [
  {
    id: 'focus-areas',
    question: 'What are the focus areas of the reading campaign?',
    keywords: 'focus areas focus area reading campaign outreach family literacy digital skills community gardens what is',
    answer: 'The reading campaign focus areas: outreach; family literacy; digital skills; community gardens. The board reviews them every year.',
  },
  {
    id: 'focus-digital-skills',
    question: 'What does the digital skills area say?',
    keywords: 'focus area devices online classes',
    answer: 'Digital skills: every branch offers device help and free online classes.',
  },
  {
    id: 'pledges',
    question: 'What are the three pledges of the unity day?',
    keywords: 'three pledges unity day values committed listen respect act',
    answer: 'Three pledges: (1) listen to neighbours; (2) respect every story; (3) act together for values the community is committed to.',
  },
  {
    id: 'ala-values',
    question: "What are ALA's core values?",
    keywords: 'service integrity',
    answer: 'Member service; integrity; intellectual freedom; the public good.',
  },
];

describe('AnsweringEngine ranking: after the program, the sub-topic and the organisation the question names', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: FAQ });

  it('reads the sub-topics an answer lists between semicolons, without its lead-in and closing sentences', () => {
    expect(listedSubtopics(FAQ[0].answer)).toEqual([['outreach'], ['famili', 'literaci'], ['digit', 'skill'], ['commun', 'garden']]);
    expect(listedSubtopics('One sentence, with commas, and more.')).toEqual([]);
  });

  it('answers a question about one item of a list with that item\'s own entry', () => {
    expect(engine.answerSync('what is the digital skills focus area', NOW).entryId).toBe('faq:focus-digital-skills');
  });

  it('names a long item by its leading words, and credits the item\'s entry with the words its list calls the items by', () => {
    expect(listedSubtopics('Areas: equitable access to information and library services; literacy; outreach.')[0]).toEqual(['equit', 'access']);
    const [best] = engine.rank('tell me about the digital skills focus area');
    expect(best.indexed.entry.id).toBe('faq:focus-digital-skills');
    expect(best.coverage).toBeGreaterThan(0.9);
  });

  it('still answers with the list when a list is asked for', () => {
    expect(engine.answerSync('list the focus areas of the reading campaign', NOW).entryId).toBe('faq:focus-areas');
  });

  it('prefers the entry whose title names the organisation the question names', () => {
    const ranked = engine.rank('which values is ALA committed to');
    expect(ranked[0].indexed.entry.id).toBe('faq:ala-values');
  });
});
