import { abbreviates, AnsweringEngine, withQuestionWordSpelt } from './engine.js';
import { isEnglishWord, nounCategories } from './lexicon.js';
import { testCatalogue } from './testing-catalogue.js';

const NOW = new Date('2030-02-01T12:00:00Z');

describe('questions typed in shorthand', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: [] });

  it('reads a word kept to its first and last letters and some in between as the longer word', () => {
    expect(['national', 'nationally', 'nation'].filter((word) => abbreviates('natl', word))).toEqual(['national']);
    expect(abbreviates('govt', 'government')).toBe(true);
    expect(abbreviates('nat', 'national')).toBe(false);
  });

  it('spells out an opening question word one slip away from exactly one question word', () => {
    const unknown = () => false;
    expect(withQuestionWordSpelt('wen do applications close', unknown)).toBe('when do applications close');
    expect(withQuestionWordSpelt('wat is LTC', unknown)).toBe('what is LTC');
    // "wht" is one slip from "what" and from "who": left as typed.
    expect(withQuestionWordSpelt('wht runs LTC', unknown)).toBe('wht runs LTC');
    // A word the catalogue uses is meant as written.
    expect(withQuestionWordSpelt('ALA runs LTC', unknown)).toBe('ALA runs LTC');
    expect(withQuestionWordSpelt('wen do applications close', () => true)).toBe('wen do applications close');
  });

  it('answers a shorthand question as the spelt-out one', () => {
    const typed = engine.answerSync('wen do applications close for ltc', NOW);
    const spelt = engine.answerSync('when do applications close for ltc', NOW);
    expect(typed.entryId).toBe(spelt.entryId);
    expect(typed.question).toBe('wen do applications close for ltc');
    expect(engine.rank('what is the natl library association')[0].indexed.entry.id).toBe(engine.rank('what is the national library association')[0].indexed.entry.id);
  });

  it('takes an English word as meant, not as a misspelling of a catalogue word one letter away', () => {
    expect(isEnglishWord('founded')).toBe(true);
    expect(isEnglishWord('fnuds')).toBe(false);
    expect(engine.rank('who fnuds LTC')[0].aspect).toBe('match');
    expect(engine.rank('who founded the Harwood Institute')[0].aspect).toBe('none');
  });
});

describe('a question naming the kind of thing an entry names an instance of', () => {
  it('reads instances from WordNet: Chicago is a city, Illinois a state', () => {
    expect(nounCategories('chicago')).toContain('city');
    expect(nounCategories('illinois')).toContain('american state');
    // A common noun's kind is too loose to stand for it.
    expect(nounCategories('librarian')).toEqual([]);
  });

  it('covers "which city" with an entry that says Chicago', () => {
    const description = (place: string) => `Community engagement training held in ${place} for public librarians.`;
    const inChicago = new AnsweringEngine(testCatalogue({ description: description('Chicago') }), { faq: [] });
    const inTheCentre = new AnsweringEngine(testCatalogue({ description: description('the centre') }), { faq: [] });
    const question = 'which city is the LTC community engagement training in';
    const overview = (engine: AnsweringEngine) => engine.rank(question).find((candidate) => candidate.indexed.entry.id === 'program:ltc');
    expect(overview(inChicago)?.coverage).toBeGreaterThan(overview(inTheCentre)?.coverage ?? 1);
  });
});

describe('what a question asks about the thing it names', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: [] });

  it('is covered apart from the names of the programs and organisations it names', () => {
    const [asked] = engine.rank('which approach is the Harwood Institute for Public Innovation behind');
    expect(asked.predicateCoverage).toBeGreaterThan(0.5);
    // The entry is about the Harwood Institute, but says nothing of who chairs it.
    const [unanswered] = engine.rank('who chairs the Harwood Institute for Public Innovation');
    expect(unanswered.coverage).toBeGreaterThan(0.5);
    expect(unanswered.predicateCoverage).toBe(0);
  });
});
