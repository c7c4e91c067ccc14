import { compoundParts, confidenceOf, DEFAULT_MIN_CONFIDENCE, editDistance, AnsweringEngine } from './engine.js';
import { matchName } from './entities.js';
import { asksForList } from './intents.js';
import { quotePassage } from './knowledge.js';
import type { CatalogueSnapshot } from './snapshot.js';
import { testCatalogue } from './testing-catalogue.js';

const NOW = new Date('2030-02-01T12:00:00Z');

/** The test catalogue plus a later phase of LTC with its own funder, and two LTC resources. */
function twoPhaseCatalogue(): CatalogueSnapshot {
  const base = testCatalogue({
    description:
      'Community engagement training for public librarians using the Turning Outward approach.\n\nIts largest goal is long-term: to make libraries agents of positive community change.',
  });
  const [ltc] = base.programs;
  return {
    ...base,
    organizations: [
      ...base.organizations,
      { slug: 'imls', name: 'Institute of Museum and Library Services', acronym: 'IMLS', description: 'Federal agency that gives the grant.', url: null },
      { slug: 'ncdd', name: 'National Coalition for Dialogue & Deliberation', acronym: 'NCDD', description: 'Network of dialogue practitioners.', url: null },
    ],
    programs: [
      ltc,
      {
        ...ltc,
        slug: 'ltc-mfc',
        title: 'Libraries Transforming Communities: Models for Change',
        acronym: 'LTC: Models for Change',
        summary: 'The second phase of LTC: dialogue facilitation training.',
        description: 'Webinars and workshops on dialogue facilitation.',
        startsOn: '2016-12-15',
        url: 'https://example.org/mfc',
        organizations: [
          { slug: 'ala', role: 'LEAD' },
          { slug: 'ncdd', role: 'LEAD' },
          { slug: 'imls', role: 'FUNDER' },
        ],
        keyDates: [],
        series: [],
      },
    ],
    resources: [
      { slug: 'ltc-worksheets', programSlug: 'ltc', sessionSlug: null, title: 'LTC worksheets', description: 'Free worksheets.', kind: 'WORKSHEET', url: null, filePath: null, audience: 'Library staff' },
      { slug: 'ltc-guides', programSlug: 'ltc', sessionSlug: null, title: 'LTC conversation guides', description: 'Free guides.', kind: 'CONVERSATION_GUIDE', url: null, filePath: null, audience: 'Library staff' },
    ],
  } as CatalogueSnapshot;
}

describe('AnsweringEngine ranking: the program first, then the aspect', () => {
  const engine = new AnsweringEngine(twoPhaseCatalogue(), { faq: [] });

  it('answers about the program the question names, not a phase sharing its words', () => {
    expect(engine.answerSync('Who funds LTC?', NOW).answer).toContain('Gates');
    const later = engine.answerSync('Who funds LTC Models for Change?', NOW);
    expect(later.answer).toContain('Institute of Museum and Library Services');
    expect(later.entryId).toBe('program:ltc-mfc:organisations');
    expect(engine.answerSync('who pays for models for change', NOW).answer).toContain('Institute of Museum and Library Services');
  });

  it('reads "first" as a phase only in a question about the phased program', () => {
    const faq = [
      { id: 'reading-day-first', question: 'When was the first Reading Day?', keywords: 'first reading day', answer: 'The first Reading Day was in 2017.', aspect: 'dates' as const },
      { id: 'reading-day-next', question: 'When is the next Reading Day?', keywords: 'next reading day annual', answer: 'Reading Day happens every year; the next date is not set.', aspect: 'dates' as const },
    ];
    const withDay = new AnsweringEngine(twoPhaseCatalogue(), { faq });
    expect(withDay.answerSync('when did reading day first happen', NOW).entryId).toBe('faq:reading-day-first');
    expect(withDay.answerSync('who funded the first phase of LTC', NOW).answer).toContain('Gates');
  });

  it('answers each part of a question that asks two things', () => {
    expect(compoundParts('who funded the first phase of LTC and who funds the second phase')).toEqual(['who funded the first phase of LTC', 'who funds the second phase']);
    expect(compoundParts('who runs LTC and Models for Change')).toEqual([]);
    expect(compoundParts(Array.from({ length: 4 }, (_, i) => `who funds program ${i}`).join(' and '))).toEqual([]);
    const both = engine.answerSync('who funds LTC, and who funds LTC Models for Change?', NOW);
    expect(both.answer).toContain('Gates');
    expect(both.answer).toContain('Institute of Museum and Library Services');
    expect(both.sources.map((source) => source.url)).toEqual(expect.arrayContaining(['https://example.org/ltc', 'https://example.org/mfc']));
  });

  it('reads "2nd" and "1st" as the phases', () => {
    expect(engine.answerSync('who pays for the 2nd phase of LTC', NOW).answer).toContain('Institute of Museum and Library Services');
    expect(engine.answerSync('who funded the 1st phase of LTC', NOW).answer).toContain('Gates');
  });

  it('picks the entry of that program answering the kind of question asked', () => {
    expect(engine.answerSync('When did Models for Change start?', NOW).entryId).toBe('program:ltc-mfc:dates');
    expect(engine.answerSync('Which libraries is Models for Change meant for?', NOW).entryId).toBe('program:ltc-mfc:audience');
    expect(engine.rank('When did Models for Change start?')[0]).toMatchObject({ entity: 'match', aspect: 'match' });
  });

  it('reads a misspelt question word as the catalogue word it is closest to', () => {
    expect(editDistance('fnuds', 'funds', 2)).toBe(1);
    expect(engine.answerSync('who fnuds LTC', NOW).answer).toContain('Gates');
  });

  it('quotes the sentence of a program description that answers the question', () => {
    const answer = engine.answerSync('what is the biggest goal of LTC', NOW).answer;
    expect(answer).toContain('Helps librarians lead community engagement.');
    expect(answer).toContain('positive community change');
    expect(quotePassage('Summary.', 'One sentence. Another one.', { folded: 'x' })).toBe('Summary.');
  });

  it('lists every resource of a program that has several', () => {
    const answer = engine.answerSync('what free materials does LTC offer', NOW).answer;
    expect(answer).toContain('LTC worksheets');
    expect(answer).toContain('LTC conversation guides');
  });

  it('is more confident when the entry is about the named program and answers the asked aspect', () => {
    expect(confidenceOf({ coverage: 0.4, entity: 'match', aspect: 'match' })).toBeGreaterThan(confidenceOf({ coverage: 0.4, entity: 'none', aspect: 'none' }));
    expect(confidenceOf({ coverage: 0.4, entity: 'none', aspect: 'none' })).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    expect(confidenceOf({ coverage: 1, entity: 'match', aspect: 'match' })).toBeGreaterThan(0.95);
    const offTopic = engine.answerSync('What is the capital of Australia?', NOW);
    expect(offTopic.answer).toMatch(/^I don't know/);
  });
});

describe('"first" and "earliest" questions', () => {
  it('put the oldest of a program\'s past dates first', () => {
    const engine = new AnsweringEngine(testCatalogue(), { faq: [] });
    const later = new Date('2031-01-01T12:00:00Z');
    const latest = engine.answerSync('What are the LTC dates?', later);
    const first = engine.answerSync('What was the earliest LTC date?', later);
    expect(first.entryId).toBe('program:ltc:dates');
    expect(latest.entryId).toBe('program:ltc:dates');
    expect(first.answer.indexOf('15 February 2030')).toBeLessThan(first.answer.indexOf('1 March 2030'));
    expect(latest.answer.indexOf('1 March 2030')).toBeLessThan(latest.answer.indexOf('15 February 2030'));
  });
});

describe('list questions', () => {
  it('tell a request for several things from a question about one', () => {
    expect(asksForList('list the commitments of the day')).toBe(true);
    expect(asksForList('which groups lead the trainings')).toBe(true);
    expect(asksForList('what are the areas of concentration')).toBe(true);
    expect(asksForList('who funds LTC')).toBe(false);
  });

  it('prefer an answer that lists things', () => {
    const faq = [
      { id: 'one', question: 'What is the LTC listening commitment?', keywords: 'commitment', answer: 'The LTC commitment to listen comes first.', programSlugs: ['ltc'] },
      { id: 'all', question: 'What are the LTC commitments?', keywords: 'commitments', answer: 'LTC commitments: (1) listen; (2) convene; (3) act.', programSlugs: ['ltc'] },
    ];
    const engine = new AnsweringEngine(testCatalogue(), { faq });
    expect(engine.answerSync('list the LTC commitments', NOW).entryId).toBe('faq:all');
    expect(engine.answerSync('what is the LTC listening commitment', NOW).entryId).toBe('faq:one');
  });
});

describe('matchName', () => {
  const idf = () => 1;
  const said = (words: string[], pairs: string[]) => ({ terms: new Set(words), literal: new Set(words), pairs: new Set(pairs) });

  it('takes a name said in its order as named and a reversed one as half named', () => {
    const names = [['librari', 'transform', 'commun']];
    expect(matchName(names, said(['librari', 'transform', 'commun'], ['librari transform', 'transform commun']), idf).share).toBe(1);
    expect(matchName(names, said(['transform', 'librari'], ['transform librari']), idf).share).toBeCloseTo(1 / 3);
  });
});

describe('cost and time questions', () => {
  it('read "how much does it cost" as a question for the FAQ item asking whether it is free', () => {
    const faq = [
      { id: 'free', question: 'Is LTC free?', keywords: 'free', answer: 'Yes, LTC costs nothing.', programSlugs: ['ltc'] },
      { id: 'about', question: 'What does LTC offer?', keywords: 'offer', answer: 'LTC offers training and a free workshop.', programSlugs: ['ltc'] },
    ];
    const engine = new AnsweringEngine(testCatalogue(), { faq });
    expect(engine.answerSync('how much does LTC cost', NOW).entryId).toBe('faq:free');
  });
});
