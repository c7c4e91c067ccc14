import { CLOSEST_ANSWER_MIN_CONFIDENCE, confidenceOf, DEFAULT_MIN_CONFIDENCE, AnsweringEngine } from './engine.js';
import { isMainlyNoun, nounRelatives } from './lexicon.js';
import { testCatalogue } from './testing-catalogue.js';

const NOW = new Date('2030-02-01T12:00:00Z');

describe('confidence when the question names a thing the catalogue never mentions', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: [] });

  it('reads nouns from WordNet, not verbs or adverbs', () => {
    expect(['salary', 'refund', 'endowment', 'router', 'salaries'].filter(isMainlyNoun)).toEqual(['salary', 'refund', 'endowment', 'router', 'salaries']);
    expect(['give', 'become', 'often', 'instead', 'according'].filter(isMainlyNoun)).toEqual([]);
  });

  it('takes a noun as said when the entry says its WordNet synonym or what it is a kind of', () => {
    expect(nounRelatives('charity')).toContain('foundation');
    const [best] = engine.rank('which charity gives the grant for LTC');
    expect(best.absentNouns).toBe(0);
  });

  it('counts a noun no entry uses and the chosen entry does not cover', () => {
    const [best] = engine.rank('What is the salary of the Harwood Institute partner?');
    expect(best.absentNouns).toBe(1);
    const [known] = engine.rank('Who is the partner of Libraries Transforming Communities?');
    expect(known.absentNouns).toBe(0);
  });

  it('declines an attribute of a known organisation that no entry carries', () => {
    const answer = engine.answerSync('What is the endowment of the Gates Foundation?', NOW);
    expect(answer.answer).toMatch(/^I don't know/);
    expect(answer.suggestedTopics?.map((suggested) => suggested.topic)).toEqual(expect.arrayContaining([expect.stringMatching(/Gates|Libraries Transforming Communities/)]));
  });

  it('lowers the confidence of an answer, enough to tip one just above the threshold below it', () => {
    // The least-covered answer that is still given, whatever the fitted weights are.
    const signals = (coverage: number) => ({ coverage, entity: 'none', aspect: 'match' }) as const;
    const justGiven = Array.from({ length: 100 }, (_, i) => i / 100).find((coverage) => confidenceOf(signals(coverage)) >= DEFAULT_MIN_CONFIDENCE) ?? 1;
    const covered = signals(justGiven);
    expect(confidenceOf(covered)).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
    expect(confidenceOf({ ...covered, absentNouns: 1 })).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
  });
});

describe('confidence when two topics score alike', () => {
  it('is lower when a runner-up of another topic scores close to the best', () => {
    const signals = { coverage: 0.75, entity: 'none', aspect: 'none' } as const;
    expect(confidenceOf({ ...signals, runnerUpShare: 0.95 })).toBeLessThan(confidenceOf({ ...signals, runnerUpShare: 0.1 }));
  });

  it('is an estimated chance: between 0 and 1, rising with coverage', () => {
    const low = confidenceOf({ coverage: 0.2, entity: 'none', aspect: 'none', runnerUpShare: 1 });
    const high = confidenceOf({ coverage: 1, entity: 'match', aspect: 'match', runnerUpShare: 0 });
    expect(low).toBeGreaterThan(0);
    expect(high).toBeLessThan(1);
    expect(high).toBeGreaterThan(low);
  });
});

describe('a declined question the engine is unsure about, not lost on', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: [] });

  it('still declines, but shows the closest answer marked as unsure, without a source vouching for it', () => {
    const [best] = engine.rank('when do LTC applications close');
    const unsure = new AnsweringEngine(testCatalogue(), { faq: [], minConfidence: 1.01 });
    const answer = unsure.answerSync('when do LTC applications close', NOW);
    expect(answer.answer).toMatch(/^I don't know for sure\. The closest I have, on “/);
    expect(answer.answer).toContain(best.indexed.entry.compose(NOW));
    expect(answer).toMatchObject({ sources: [] });
    expect(answer.entryId).toBeUndefined();
  });

  it('gives only the plain refusal and close topics when it has nothing close', () => {
    const answer = engine.answerSync('what is the weather in Paris', NOW);
    expect(answer.answer).toMatch(/^I don't know the answer to that from the catalogue\./);
    expect(answer.confidence).toBeLessThan(CLOSEST_ANSWER_MIN_CONFIDENCE);
  });
});

