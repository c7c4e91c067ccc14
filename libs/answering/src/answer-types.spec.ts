import { answerTypesOf, askedAnswerType } from './answer-types.js';
import { AnsweringEngine, confidenceOf } from './engine.js';
import { testCatalogue } from './testing-catalogue.js';

describe('the kind of thing a question asks for', () => {
  it('reads it from plain wording only', () => {
    expect(askedAnswerType('when do applications close')).toBe('date');
    expect(askedAnswerType('so when is it')).toBe('date');
    expect(askedAnswerType('what year did the council adopt it')).toBe('date');
    expect(askedAnswerType('how many libraries took part')).toBe('number');
    expect(askedAnswerType('which city hosts the workshop')).toBe('place');
    expect(askedAnswerType('what is the registration fee')).toBe('cost');
    expect(askedAnswerType('how much money did IMLS give')).toBe('amount');
    expect(askedAnswerType("what's elly serrano's email address")).toBe('email');
    expect(askedAnswerType('what time does the mixer start')).toBe('time');
    expect(askedAnswerType('what time of year is it held')).toBe('date');
    expect(askedAnswerType('how long is each lightning talk')).toBe('duration');
    expect(askedAnswerType('how long ago was the first one')).toBe('number');
    expect(askedAnswerType('who runs LTC')).toBeNull();
    expect(askedAnswerType('tell me about the cohort')).toBeNull();
  });

  it('finds dates, numbers, places and prices in an answer', () => {
    expect(answerTypesOf('Registration opened on 15 December 2016.')).toEqual(new Set(['date', 'number']));
    expect(answerTypesOf('Sessions for academic libraries come in fall 2017.')).toEqual(new Set(['date', 'number']));
    expect(answerTypesOf('The workshop is held in Chicago.')).toEqual(new Set(['place']));
    expect(answerTypesOf('The training is free of charge.')).toEqual(new Set(['cost']));
    expect(answerTypesOf('ALA leads it with the Harwood Institute.')).toEqual(new Set());
    expect(answerTypesOf('A grant of $250,000.').has('amount')).toBe(true);
    expect(answerTypesOf('Write to help@ala.org.').has('email')).toBe(true);
    expect(answerTypesOf('Call 800-545-2433, extension 2.').has('phone')).toBe(true);
    expect(answerTypesOf('It starts at 5:00 pm CST.').has('time')).toBe(true);
    expect(answerTypesOf('It took place on 17 January 2017.').has('time')).toBe(false);
    expect(answerTypesOf('A few 5-minute lightning talks.').has('duration')).toBe(true);
    expect(answerTypesOf('An intensive 18-month training.').has('duration')).toBe(true);
    expect(answerTypesOf('Ten webinars and three workshops.').has('duration')).toBe(false);
  });
});

describe('an answer that lacks what the question asks for', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: [] });

  it('is marked on the candidate and lowers the confidence', () => {
    const [dated] = engine.rank('when do LTC applications close');
    expect(dated.answerTypeMissing).toBe(false);
    const [undated] = engine.rank('when was the Harwood Institute founded');
    expect(undated.answerTypeMissing).toBe(true);
    const signals = { coverage: 0.8, entity: 'match', aspect: 'match' } as const;
    expect(confidenceOf({ ...signals, answerTypeMissing: true })).toBeLessThan(confidenceOf(signals));
  });
});
