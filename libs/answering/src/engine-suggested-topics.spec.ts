import { AnsweringEngine } from './engine.js';
import type { FaqEntry } from './knowledge.js';
import { testCatalogue } from './testing-catalogue.js';

const NOW = new Date('2030-02-01T12:00:00Z');
const TREASURER = "Who is the Harwood Institute's treasurer and what is their salary?";

describe('a member picks one of the topics an unsure answer suggests', () => {
  it('offers each suggested topic with the entry that answers it, and answers that entry when picked', () => {
    const engine = new AnsweringEngine(testCatalogue(), { faq: [] });
    const declined = engine.answerSync(TREASURER, NOW);
    expect(declined.entryId).toBeUndefined();
    expect(declined.suggestedTopics?.length).toBeGreaterThan(0);
    // The channel shows the topics (buttons, a list); the answer text does not repeat them.
    for (const suggested of declined.suggestedTopics ?? []) expect(declined.answer).not.toContain(suggested.topic);
    const [first] = declined.suggestedTopics ?? [];
    expect(first.entryId).toMatch(/^[a-z]+:/);

    const picked = engine.answerTopic(first.entryId, TREASURER, NOW);
    expect(picked).toMatchObject({ question: first.topic, entryId: first.entryId, confidence: 1 });
    expect(picked?.answer).not.toMatch(/^I don't know/);
    expect(picked?.sources.length).toBeGreaterThan(0);
  });

  it('offers under a confident answer the other topics the question came close to, never its own', () => {
    const engine = new AnsweringEngine(testCatalogue(), { faq: [] });
    const answered = engine.answerSync('Who funds LTC?', NOW);
    expect(answered.entryId).toBeDefined();
    const own = engine.rank('Who funds LTC?')[0].indexed.entry.topic;
    expect(answered.relatedTopics?.length).toBeGreaterThan(0);
    expect(answered.relatedTopics?.length).toBeLessThanOrEqual(2);
    expect(answered.relatedTopics?.map((related) => related.topic)).not.toContain(own);
    for (const related of answered.relatedTopics ?? []) expect(engine.answerTopic(related.entryId, undefined, NOW)?.answer).toBeTruthy();
  });

  it('answers a picked topic in the tense of now, as a question would be', () => {
    const engine = new AnsweringEngine(testCatalogue(), { faq: [] });
    const session = engine.rank('When is Turning Outward webinar 1?')[0].indexed.entry.id;
    expect(engine.answerTopic(session, undefined, NOW)?.answer).toContain('is on 20 February 2030');
    expect(engine.answerTopic(session, undefined, new Date('2031-01-01T12:00:00Z'))?.answer).toContain('took place on 20 February 2030');
  });

  it('says null for a topic whose entry is gone (a retired FAQ item) or never was', () => {
    const item: FaqEntry = { id: 'parking', question: 'Where do I park for the workshop?', keywords: 'parking car', answer: 'Park in the library garage on level 2.' };
    const catalogue = testCatalogue();
    const engine = new AnsweringEngine({ ...catalogue, version: 'v1', contentVersion: 'c1', faq: [item] });
    expect(engine.answerTopic('faq:parking', undefined, NOW)?.answer).toContain('library garage');
    engine.refresh({ ...catalogue, version: 'v2', contentVersion: 'c1', faq: [] });
    expect(engine.answerTopic('faq:parking', undefined, NOW)).toBeNull();
    expect(engine.answerTopic('program:no-such-program', undefined, NOW)).toBeNull();
  });
});
