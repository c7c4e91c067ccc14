import { STOP_WORDS, foldText, questionTerms, weightedQuestionTerms } from './text.js';

describe('question text', () => {
  it('folds accents and case and drops apostrophes', () => {
    expect(foldText("Día de los Niños, Children's")).toBe('dia de los ninos, childrens');
  });

  it('drops stop words and stems what is left', () => {
    expect(questionTerms('When are the webinars starting?')).toEqual(['webinar', 'start']);
  });

  it('adds what an acronym stands for, weighted low when the acronym itself is indexed', () => {
    const indexed = weightedQuestionTerms('What is NDORH?', () => true);
    expect(indexed.get('ndorh')).toBe(1);
    expect(indexed.get('racial')).toBeLessThan(1);
    const unindexed = weightedQuestionTerms('What is NDORH?', () => false);
    expect(unindexed.get('racial')).toBe(1);
  });

  it('reads chat shorthand and fillers as carrying no topic, but keeps "information" (Information Policy is a topic)', () => {
    expect(questionTerms('wat r the key action areas pls, actually')).toEqual(['wat', 'kei', 'action', 'area']);
    expect(questionTerms('what even is info policy')).toEqual(['info', 'polici']);
    expect(questionTerms('name all the information policy areas')).toEqual(['inform', 'polici', 'area']);
  });
});

describe('contractions typed without an apostrophe', () => {
  it('carry no topic, like the rest of the stop words', () => {
    for (const word of ['havent', 'dont', 'isnt', 'theyre', 'im']) expect(STOP_WORDS.has(word)).toBe(true);
  });
});
