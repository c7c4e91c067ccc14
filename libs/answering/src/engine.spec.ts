import { AnsweringEngine } from './engine.js';
import { testCatalogue } from './testing-catalogue.js';

const BEFORE = new Date('2030-02-01T12:00:00Z');
const AFTER = new Date('2031-01-01T12:00:00Z');

describe('AnsweringEngine', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: [] });

  it('answers who funds a program through its acronym, with the program link as source', () => {
    const answer = engine.answerSync('Who funds LTC?', BEFORE);
    expect(answer.answer).toContain('Funded by: Bill & Melinda Gates Foundation');
    expect(answer.sources).toEqual(['https://example.org/ltc']);
    expect(answer.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('finds the program through a misspelling and through prefixes', () => {
    expect(engine.answerSync('who partners with libraries transforming comunities', BEFORE).answer).toContain('Harwood');
    expect(engine.answerSync('transforming commun', BEFORE).answer).toContain('Libraries Transforming Communities');
  });

  it('words a deadline as open before it and closed after it', () => {
    const open = engine.answerSync('Is the application deadline still open?', BEFORE).answer;
    expect(open).toContain('still open');
    expect(open).toContain('15 February 2030');
    expect(open).toContain('in 14 days');
    const closed = engine.answerSync('Is the application deadline still open?', AFTER).answer;
    expect(closed).toContain('closed');
    expect(closed).not.toContain('still open');
  });

  it('puts past sessions in the past tense and future ones in the future, in the session time zone', () => {
    expect(engine.answerSync('When is Turning Outward webinar 1?', BEFORE).answer).toContain('is on 20 February 2030, 12:00 pm CST');
    expect(engine.answerSync('When is Turning Outward webinar 1?', AFTER).answer).toContain('took place on 20 February 2030');
  });

  it('answers "what is next" from the dates after now', () => {
    expect(engine.answerSync('What is coming up next?', BEFORE).answer).toContain('Applications close');
    expect(engine.answerSync('What is coming up next?', AFTER).answer).toContain('Nothing dated is scheduled');
  });

  it('explains what completing a series unlocks and its rule', () => {
    const answer = engine.answerSync('What do I earn for completing the webinar series?', BEFORE).answer;
    expect(answer).toContain('Invitation to the in-person workshop');
    expect(answer).toContain('complete the one session');
  });

  it('says it does not know below the threshold and suggests close topics', () => {
    const answer = engine.answerSync("Who is the Harwood Institute's treasurer and what is their salary?", BEFORE);
    expect(answer.answer).toMatch(/^I don't know/);
    expect(answer.sources).toEqual([]);
    expect(answer.confidence).toBeLessThan(0.5);
    expect(answer.suggestions?.length).toBeGreaterThan(0);
    expect(engine.answerSync('', BEFORE)).toMatchObject({ confidence: 0, answer: expect.stringMatching(/^I don't know/) });
  });

  it('rebuilds the index for a new catalogue version only', () => {
    const live = new AnsweringEngine(testCatalogue(), { faq: [] });
    expect(live.refresh(testCatalogue({ summary: 'Changed but same version.' }))).toBe(false);
    expect(live.refresh(testCatalogue({ title: 'Libraries Reimagining Neighbourhoods', acronym: 'LRN' }, 'v2'))).toBe(true);
    expect(live.version).toBe('v2');
    expect(live.answerSync('What is LRN?', BEFORE).answer).toContain('Libraries Reimagining Neighbourhoods');
  });

  it('uses curated FAQ entries and tells accents apart from nothing ("Dia" finds "Día")', () => {
    const withFaq = new AnsweringEngine(testCatalogue(), {
      faq: [{ id: 'dia', question: 'What is Día?', keywords: 'Día children book day', answer: 'Día celebrates children and families.' }],
    });
    expect(withFaq.answerSync('what is dia', BEFORE).answer).toBe('Día celebrates children and families.');
    expect(withFaq.answerSync("tell me about children's day/book day", BEFORE).answer).toBe('Día celebrates children and families.');
  });
});
