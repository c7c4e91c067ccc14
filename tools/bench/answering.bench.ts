// Answer latency on a generated 10 000-row catalogue (programs + series + sessions + key dates) with
// 500 staff FAQ entries (as loaded from the database), index build time, and the index refresh
// after one FAQ edit (in place) beside a full rebuild, all against a naive baseline measured in the
// same run: a linear scan that scores every entry by how many question words occur in it as substrings.
import { AnsweringEngine, buildKnowledge, foldText, type CatalogueSnapshot, type FaqEntry, type ProgramFacts, type SourceLink } from '@stacks/answering';

const TOPICS = ['dialogue', 'literacy', 'advocacy', 'makerspace', 'genealogy', 'storytime', 'accessibility', 'privacy', 'archives', 'coding',
  'wellness', 'citizenship', 'gardening', 'podcasting', 'census', 'reentry', 'robotics', 'poetry', 'braille', 'mapping'];
const AUDIENCES = ['rural libraries', 'academic librarians', 'school media specialists', 'public library staff', 'trustees'];
const FUNDERS = ['Institute of Museum and Library Services', 'Mellon Foundation', 'Knight Foundation', 'Gates Foundation', 'National Endowment for the Humanities'];

export interface LatencySummary {
  p50: number;
  p95: number;
  max: number;
}

export interface AnsweringBenchResult {
  catalogueRows: number;
  knowledgeEntries: number;
  questions: number;
  faqEntries: number;
  build: { engineMs: number; baselineMs: number };
  /** Index refresh after one FAQ edit: in place, and as a full rebuild (what a catalogue change costs). */
  faqEdit: { inPlaceMs: number; fullRebuildMs: number; answeredWithEdit: boolean };
  engine: LatencySummary & { accuracy: number };
  baseline: LatencySummary & { accuracy: number };
}

const PROGRAMS = 1000;
const ROUNDS = 2;
const FAQ_ENTRIES = 500;

/** 1 000 programs, each with a 5-session series, a stand-alone session and 2 key dates: 10 000 rows; and 500 FAQ entries. */
export function generateCatalogue(): CatalogueSnapshot {
  const programs: ProgramFacts[] = [];
  for (let i = 0; i < PROGRAMS; i += 1) {
    const topic = TOPICS[i % TOPICS.length];
    const title = `${topic[0].toUpperCase()}${topic.slice(1)} Lab ${i}`;
    const slug = `${topic}-lab-${i}`;
    const month = String((i % 12) + 1).padStart(2, '0');
    const session = (n: number, position: number | null) => ({
      slug: `${slug}-session-${n}`,
      title: `${title}: ${topic} session ${n}`,
      description: `Hands-on ${topic} practice for ${AUDIENCES[(i + n) % AUDIENCES.length]}, part ${n}.`,
      type: 'WEBINAR',
      position,
      startsAt: `2027-${month}-${String(n + 1).padStart(2, '0')}T17:00:00.000Z`,
      endsAt: null,
      timeZone: 'America/Chicago',
      cancelled: false,
      recordingUrl: `https://learn.example.org/${slug}/${n}`,
      location: null,
    });
    programs.push({
      slug,
      title,
      acronym: `${topic.slice(0, 3).toUpperCase()}L${i}`,
      kind: 'LEARNING_SERIES',
      summary: `A ${topic} learning program for ${AUDIENCES[i % AUDIENCES.length]}.`,
      description: `${title} teaches ${topic} through webinars and a workshop. Funded by the ${FUNDERS[i % FUNDERS.length]}.`,
      audience: AUDIENCES[i % AUDIENCES.length],
      libraryTypes: ['PUBLIC'],
      librarySizes: [],
      startsOn: `2027-${month}-01`,
      endsOn: null,
      url: `https://learn.example.org/${slug}`,
      tags: [topic, 'professional development'],
      organizations: [{ slug: `funder-${i % FUNDERS.length}`, role: 'FUNDER' }],
      keyDates: [
        { slug: `${slug}-apply`, title: `${title} applications close`, kind: 'DEADLINE', date: `2027-${month}-20`, description: `Last day to apply to ${title}.` },
        { slug: `${slug}-announce`, title: `${title} announced`, kind: 'ANNOUNCEMENT', date: `2026-${month}-10`, description: `${title} is announced.` },
      ],
      series: [
        {
          slug: `${slug}-series`,
          title: `${title} webinar series`,
          description: `Five ${topic} webinars.`,
          audience: AUDIENCES[i % AUDIENCES.length],
          rule: 'ALL',
          requiredCount: null,
          unlockTitle: `${title} practitioner badge`,
          unlockDescription: `Awarded for finishing all five ${topic} webinars.`,
          sessions: [1, 2, 3, 4, 5].map((n) => session(n, n)),
        },
      ],
      sessions: [session(6, null)],
    });
  }
  return {
    version: 'bench',
    contentVersion: 'bench-catalogue',
    organizations: FUNDERS.map((name, i) => ({ slug: `funder-${i}`, name, acronym: null, description: `${name}, a funder.`, url: null })),
    programs,
    faq: generateFaq(programs),
  };
}

/** Staff-written entries about the programs' practicalities (venues, materials, contacts). */
function generateFaq(programs: ProgramFacts[]): FaqEntry[] {
  const facts = ['parking', 'captions', 'slides', 'certificates of attendance', 'group registration'];
  return Array.from({ length: FAQ_ENTRIES }, (_, i): FaqEntry => {
    const program = programs[(i * 7) % programs.length];
    const fact = facts[i % facts.length];
    return {
      id: `bench-faq-${i}`,
      question: `Is there ${fact} for ${program.title}?`,
      keywords: `${fact} ${program.tags[0]}`,
      answer: `${program.title}: ${fact} is handled by desk ${i}.`,
      programSlugs: [program.slug],
    };
  });
}

/** Programs asked about: a spread across the catalogue (every 10th), so the run stays a few minutes. */
const ASKED_EVERY = 10;

/** Generated questions, each with words a right answer contains (a program-specific fact). */
function questionsFor(catalogue: CatalogueSnapshot): { question: string; expect: string }[] {
  const questions: { question: string; expect: string }[] = [];
  catalogue.programs.forEach((program, i) => {
    if (i % ASKED_EVERY !== 0) return;
    const topic = program.tags[0];
    questions.push(
      { question: `Who funds ${program.title}?`, expect: FUNDERS[i % FUNDERS.length] },
      { question: `When do ${program.title} applications close?`, expect: `${program.title} applications close` },
      { question: `what does finishing the ${topic} webinar series ${i} unlock`, expect: `${program.title} practitioner badge` },
      { question: `Is the ${program.acronym} deadline still open?`, expect: `${program.title} applications close` },
      { question: `${topic.slice(0, -1)}x lab ${i} recordings`, expect: `learn.example.org/${program.slug}` }, // a misspelt topic
    );
  });
  (catalogue.faq ?? []).slice(0, 100).forEach((entry, i) => {
    questions.push({ question: entry.question.toLowerCase().replace('?', ''), expect: `desk ${i}.` });
  });
  questions.push({ question: 'What is the weather in Paris?', expect: "I don't know" }, { question: 'When is the next session?', expect: 'Coming up' });
  return questions;
}

function summarise(samples: number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))].toFixed(3));
  return { p50: at(0.5), p95: at(0.95), max: Number(sorted[sorted.length - 1].toFixed(3)) };
}

/** The baseline: no index, every question scans every entry's text for each question word. */
class LinearScan {
  private readonly texts: { text: string; answer: string; sources: SourceLink[] }[];
  constructor(catalogue: CatalogueSnapshot, now: Date) {
    this.texts = buildKnowledge(catalogue, catalogue.faq ?? []).map((entry) => ({
      text: foldText(`${entry.title} ${entry.keywords} ${entry.text}`),
      answer: entry.compose(now),
      sources: entry.sources,
    }));
  }
  answer(question: string): { answer: string; sources: SourceLink[] } {
    const words = foldText(question).split(/\W+/).filter((word) => word.length > 2);
    let best = { score: -1, answer: '', sources: [] as SourceLink[] };
    for (const entry of this.texts) {
      let score = 0;
      for (const word of words) if (entry.text.includes(word)) score += 1;
      if (score > best.score) best = { score, answer: entry.answer, sources: entry.sources };
    }
    return best;
  }
}

export function benchAnswering(): AnsweringBenchResult {
  const catalogue = generateCatalogue();
  const rows = catalogue.programs.reduce(
    (sum, program) => sum + 1 + program.keyDates.length + program.sessions.length + program.series.reduce((n, series) => n + 1 + series.sessions.length, 0),
    0,
  );
  const now = new Date('2027-03-05T12:00:00Z');
  const questions = questionsFor(catalogue);

  // Build once to warm up the JIT, then time a second build of each.
  new AnsweringEngine(catalogue, { clock: () => now });
  let started = performance.now();
  const engine = new AnsweringEngine(catalogue, { clock: () => now });
  const engineMs = performance.now() - started;
  new LinearScan(catalogue, now);
  started = performance.now();
  const baseline = new LinearScan(catalogue, now);
  const baselineMs = performance.now() - started;

  // One staff edit: the same catalogue, one FAQ answer changed.
  const faq = catalogue.faq ?? [];
  const editedFaq = faq.map((entry, i) => (i === 0 ? { ...entry, answer: `${entry.answer} Now at the north entrance.` } : entry));
  const refreshed = new AnsweringEngine(catalogue, { clock: () => now });
  started = performance.now();
  refreshed.refresh({ ...catalogue, version: 'bench-faq-edit', faq: editedFaq });
  const inPlaceMs = performance.now() - started;
  const answeredWithEdit = refreshed.answerSync(faq[0].question, now).answer.includes('north entrance');
  started = performance.now();
  refreshed.refresh({ ...catalogue, version: 'bench-full', contentVersion: 'bench-catalogue-changed', faq: editedFaq });
  const fullRebuildMs = performance.now() - started;

  const measure = (answer: (question: string) => { answer: string; sources: SourceLink[] }) => {
    for (const { question } of questions.slice(0, 100)) answer(question);
    const samples: number[] = [];
    let correct = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const { question, expect } of questions) {
        const start = performance.now();
        const result = answer(question);
        samples.push(performance.now() - start);
        if (round === 0 && foldText(`${result.answer} ${result.sources.map((source) => source.url).join(' ')}`).includes(foldText(expect))) correct += 1;
      }
    }
    return { ...summarise(samples), accuracy: Number((correct / questions.length).toFixed(3)) };
  };
  return {
    catalogueRows: rows,
    knowledgeEntries: engine.entryCount,
    faqEntries: faq.length,
    questions: questions.length,
    faqEdit: { inPlaceMs: Number(inPlaceMs.toFixed(1)), fullRebuildMs: Number(fullRebuildMs.toFixed(1)), answeredWithEdit },
    build: { engineMs: Number(engineMs.toFixed(1)), baselineMs: Number(baselineMs.toFixed(1)) },
    engine: measure((question) => engine.answerSync(question, now)),
    baseline: measure((question) => baseline.answer(question)),
  };
}
