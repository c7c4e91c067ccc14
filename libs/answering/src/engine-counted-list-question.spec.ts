import { AnsweringEngine } from './engine.js';
import type { FaqEntry } from './knowledge.js';
import { testCatalogue } from './testing-catalogue.js';

const NOW = new Date('2030-02-01T12:00:00Z');

const FAQ: FaqEntry[] = [
  {
    id: 'campaign-strands',
    question: 'What are the strands of the reading campaign?',
    keywords: 'strands reading campaign',
    answer: 'The reading campaign has three strands: reading circles; story walks; and homework help.',
  },
  {
    id: 'campaign-webinar-parts',
    question: 'How many parts does the reading campaign webinar have?',
    keywords: 'parts webinar reading campaign',
    answer: 'The reading campaign webinar comes in parts, each an hour long.',
  },
];

describe('A list question that counts what it wants ("name the three parts")', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: FAQ });

  it('is answered by the entry listing that many things, whatever it calls them', () => {
    const answer = engine.answerSync('name all three parts of the reading campaign', NOW);
    expect(answer.entryId).toBe('faq:campaign-strands');
    expect(answer.answer).toContain('homework help');
  });

  it('does not read a "three-part" thing as a count', () => {
    expect(engine.rank('how long is the three-part reading campaign webinar')[0].indexed.entry.id).toBe('faq:campaign-webinar-parts');
  });
});
