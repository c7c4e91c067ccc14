import { AnsweringEngine, DEFAULT_MIN_CONFIDENCE } from './engine.js';
import { testCatalogue } from './testing-catalogue.js';

const BEFORE = new Date('2030-02-01T12:00:00Z');
const AFTER = new Date('2031-01-01T12:00:00Z');

describe('AnsweringEngine', () => {
  const engine = new AnsweringEngine(testCatalogue(), { faq: [] });

  it('answers who funds a program through its acronym, with the program link as source', () => {
    const answer = engine.answerSync('Who funds LTC?', BEFORE);
    expect(answer.answer).toContain('funded by the Bill & Melinda Gates Foundation');
    expect(answer.answer).not.toMatch(/\w+: .*\. \w+: /); // a sentence, not "Led by: … Funded by: …"
    expect(answer.sources).toEqual([{ title: 'Libraries Transforming Communities', url: 'https://example.org/ltc' }]);
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
    expect(answer.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    expect(answer.suggestedTopics?.length).toBeGreaterThan(0);
    expect(engine.answerSync('', BEFORE)).toMatchObject({ confidence: 0, answer: expect.stringMatching(/^I don't know/) });
  });

  it('rebuilds the index for a new catalogue version only', () => {
    const live = new AnsweringEngine(testCatalogue(), { faq: [] });
    expect(live.refresh(testCatalogue({ summary: 'Changed but same version.' }))).toBe(false);
    expect(live.refresh(testCatalogue({ title: 'Libraries Reimagining Neighbourhoods', acronym: 'LRN' }, 'v2'))).toBe(true);
    expect(live.version).toBe('v2');
    expect(live.answerSync('What is LRN?', BEFORE).answer).toContain('Libraries Reimagining Neighbourhoods');
  });

  it('names the partner, not the organisation the question already names ("together with ALA")', () => {
    const answer = engine.answerSync('Who runs LTC together with the American Library Association?', BEFORE).answer;
    expect(answer).toMatch(/^Besides the American Library Association \(ALA\), /);
    expect(answer).toContain('Harwood Institute');
    expect(answer).not.toMatch(/led by American Library Association/);
  });

  it('understands words the catalogue never uses through WordNet synonyms and lemmas', () => {
    // "bankrolls" is nowhere in the catalogue; WordNet puts it with "finance"/"fund".
    expect(engine.answerSync('who bankrolls LTC', BEFORE).answer).toContain('Gates');
    // "ran" is lemmatised to "run" on both sides.
    expect(engine.answerSync('who ran LTC', BEFORE).answer).toContain('American Library Association');
  });

  it('tells the phases of a program with a follow-up apart ("the first phase" vs "the second phase")', () => {
    const base = testCatalogue();
    const ltc = base.programs[0];
    const followUp = {
      ...ltc,
      slug: 'ltc-next',
      title: `${ltc.title}: Next Steps`,
      acronym: null,
      organizations: [{ slug: 'ala', role: 'LEAD' as const }, { slug: 'imls', role: 'FUNDER' as const }],
      series: [],
      sessions: [],
      keyDates: [],
    };
    const phases = new AnsweringEngine(
      {
        ...base,
        organizations: [...base.organizations, { slug: 'imls', name: 'Institute of Museum and Library Services', acronym: 'IMLS', description: 'A federal agency.', url: null }],
        programs: [ltc, followUp],
      },
      { faq: [] },
    );
    expect(phases.answerSync('who funded the first phase of Libraries Transforming Communities', BEFORE).answer).toContain('Gates');
    expect(phases.answerSync('who funds the second phase of Libraries Transforming Communities', BEFORE).answer).toContain('Institute of Museum and Library Services');
  });

  it('links sessions to their page in the web app', () => {
    const withLinks = new AnsweringEngine(testCatalogue(), { faq: [], catalogueUrl: 'https://stacks.example/' });
    const answer = withLinks.answerSync('When is Turning Outward webinar 1?', BEFORE);
    expect(answer.sources[0]).toEqual({ title: expect.stringContaining('Turning Outward'), url: expect.stringMatching(/^https:\/\/stacks\.example\/sessions\/[a-z0-9-]+$/) });
  });

  it('updates FAQ entries in place when only the FAQ changed, with the same answers as a full rebuild', () => {
    const parking = { id: 'parking', question: 'Where do I park for the quokka festival?', keywords: 'parking garage', answer: 'Park in the Juniper Street garage.' };
    const snapshot = (version: string, faq: typeof parking[]) => ({ ...testCatalogue(), version, contentVersion: 'catalogue-1', faq });
    const live = new AnsweringEngine(snapshot('v1', [parking]), { faq: [] });
    const entries = live.entryCount;
    expect(live.answerSync('where do i park for the quokka festival', BEFORE).answer).toBe('Park in the Juniper Street garage.');

    const edited = { ...parking, answer: 'Park at the Birch Lane lot.' };
    const badge = { id: 'lanyard', question: 'Do I get a lanyard at the quokka festival?', keywords: 'lanyard', answer: 'Yes, a green lanyard.' };
    expect(live.refresh(snapshot('v2', [edited, badge]))).toBe(true);
    expect(live.entryCount).toBe(entries + 1);
    expect(live.answerSync('where do i park for the quokka festival', BEFORE).answer).toBe('Park at the Birch Lane lot.');
    expect(live.answerSync('lanyard at the quokka festival?', BEFORE).answer).toBe('Yes, a green lanyard.');
    const rebuilt = new AnsweringEngine(snapshot('v2', [edited, badge]), { faq: [] });
    for (const question of ['where do i park for the quokka festival', 'Who funds LTC?', 'lanyard?']) {
      expect(live.answerSync(question, BEFORE)).toEqual(rebuilt.answerSync(question, BEFORE));
    }

    live.refresh(snapshot('v3', [badge]));
    expect(live.entryCount).toBe(entries);
    expect(live.answerSync('is there a parking garage', BEFORE).answer).toMatch(/^I don't know/);
  });

  it('uses curated FAQ entries and tells accents apart from nothing ("Dia" finds "Día")', () => {
    const withFaq = new AnsweringEngine(testCatalogue(), {
      faq: [{ id: 'dia', question: 'What is Día?', keywords: 'Día children book day', answer: 'Día celebrates children and families.' }],
    });
    expect(withFaq.answerSync('what is dia', BEFORE).answer).toBe('Día celebrates children and families.');
    expect(withFaq.answerSync("tell me about children's day/book day", BEFORE).answer).toBe('Día celebrates children and families.');
  });

  it('knows the pathways: "what pathways are there?" lists them with the certificate each earns', () => {
    const withPathway = new AnsweringEngine(
      {
        ...testCatalogue(),
        pathways: [
          {
            slug: 'community-engagement-facilitation',
            title: 'Community engagement facilitation',
            description: 'Stacks a series badge into a certificate.',
            certificateName: 'Community engagement facilitation',
            certificateType: 'Certificate',
            requirement: 'any one of: Badge A, Badge B or Badge C',
          },
        ],
      },
      { faq: [] },
    );
    const list = withPathway.answerSync('What pathways are there?', BEFORE);
    expect(list.answer).toContain('There is 1 pathway: Community engagement facilitation (earns the "Community engagement facilitation" certificate)');
    expect(list.confidence).toBeGreaterThanOrEqual(0.5);
    expect(withPathway.answerSync('How do I complete the community engagement facilitation pathway?', BEFORE).answer).toContain('any one of: Badge A, Badge B or Badge C');
  });
});
