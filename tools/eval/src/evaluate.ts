import { AnsweringEngine, foldText, type Answer, type CatalogueSnapshot } from '@stacks/answering';
import { EVAL_NOW, EVAL_QUESTIONS } from './questions.js';

/** One fact the answer must state, or several spellings of it of which any one will do. */
export type ExpectedFact = string | readonly string[];

/** What the scorer needs of a question; both the development and the held-out sets fit it. */
export interface ScoredQuestion {
  question: string;
  /** Held-out questions carry an id, printed with a miss. */
  id?: string;
  facts?: readonly ExpectedFact[];
  /** Phrases a correct answer must not contain (a past event told as still to come). */
  mustNotSay?: readonly string[];
  unknown?: boolean;
  /** "Now" for time questions; defaults to the set's moment. */
  now?: string;
}

export interface EvalMiss {
  id?: string;
  question: string;
  expected: string;
  got: Answer;
}

export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  /** Answers where the engine declined, right or wrong. */
  refusals: number;
  /** Declined although the documents answer the question. */
  wrongRefusals: number;
  /** Answered (did not decline) but wrong: a wrong fact, or an answer to an out-of-scope question. */
  wrongButConfident: number;
  wrongButConfidentRate: number;
  misses: EvalMiss[];
  /** How often an answer given with at least each confidence is right: the confidence's calibration on this set. */
  calibration: CalibrationBand[];
  /**
   * Declined questions the documents answer whose right answer the member still sees: the unsure
   * closest answer states it, or one of the close-topic buttons answers it (one press away).
   */
  declinedButShown: number;
  /** Wrong confident answers to answerable questions whose right answer is one of the related-topic buttons under them. */
  wrongButRelated: number;
}

export interface CalibrationBand {
  /** Answers given with at least this confidence… */
  atLeast: number;
  answered: number;
  /** …and how many of them were right. */
  right: number;
}

/** Confidence levels the calibration is reported at. */
const CALIBRATION_LEVELS = [0.65, 0.75, 0.85, 0.95];

const DONT_KNOW = "i don't know";

/**
 * Case-, accent- and punctuation-insensitive form: "Jan. 17, 2017" and "jan 17 2017" compare equal,
 * as do "18-month" and "18 month", and "ALSC's website" and "ALSC website". Padded with spaces so a
 * fact can be required to start a word.
 */
function matchable(text: string): string {
  const words = foldText(text.replace(/['’‘]s\b/gi, '').replace(/['’‘]/g, ''))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${words} `;
}

/** Whether the text states the fact in one of its spellings, each starting at a word ("ten" is not in "often"). */
export function statesFact(text: string, fact: ExpectedFact): boolean {
  const said = matchable(text);
  return spellings(fact).some((spelling) => {
    const wanted = matchable(spelling).trimEnd();
    return wanted.trim().length > 0 && said.includes(wanted);
  });
}

function spellings(fact: ExpectedFact): readonly string[] {
  return typeof fact === 'string' ? [fact] : fact;
}

/** Sources are URLs today; titled links ({title, url}) are read the same way. */
function sourceText(source: unknown): string {
  if (typeof source === 'string') return source;
  if (source && typeof source === 'object') {
    const { title, url } = source as { title?: unknown; url?: unknown };
    return [title, url].filter((part) => typeof part === 'string').join(' ');
  }
  return '';
}

/** The engine declines with "I don't know" (and may then offer close topics). */
export function declined(answer: Answer): boolean {
  return foldText(answer.answer).trimStart().startsWith(foldText(DONT_KNOW));
}

/** Whether the top answer is right: every fact said (in one of its spellings), nothing forbidden said. */
export function isCorrect(item: ScoredQuestion, answer: Answer): boolean {
  if (item.unknown) return declined(answer);
  return !declined(answer) && statesAnswer(item, answer);
}

export function describeExpectation(item: ScoredQuestion): string {
  if (item.unknown) return DONT_KNOW;
  const facts = (item.facts ?? []).map((fact) => spellings(fact).join(' | ')).join(' + ');
  const forbidden = item.mustNotSay?.length ? `; never: ${item.mustNotSay.join(' | ')}` : '';
  return `${facts}${forbidden}`;
}

/** Whether an answer states every fact and nothing forbidden, read as given even when it is marked unsure. */
function statesAnswer(item: ScoredQuestion, answer: Answer): boolean {
  const said = `${answer.answer} ${(answer.sources as readonly unknown[]).map(sourceText).join(' ')}`;
  return (item.facts ?? []).every((fact) => statesFact(said, fact)) && !(item.mustNotSay ?? []).some((phrase) => statesFact(said, phrase));
}

/**
 * Scores each question's top answer (answers[i] answers questions[i]); picked[i], when given, are the
 * answers of the topics offered with answers[i] (close topics when declined, related ones when
 * answered), one press away for the member.
 */
export function scoreAnswers(questions: readonly ScoredQuestion[], answers: readonly Answer[], picked: readonly (readonly Answer[])[] = []): EvalReport {
  const misses: EvalMiss[] = [];
  let refusals = 0;
  let wrongRefusals = 0;
  let wrongButConfident = 0;
  let declinedButShown = 0;
  let wrongButRelated = 0;
  questions.forEach((item, index) => {
    const got = answers[index];
    const refused = declined(got);
    if (refused) refusals += 1;
    if (isCorrect(item, got)) return;
    if (refused) {
      wrongRefusals += 1;
      // The hedged closest answer starts "I don't know for sure": read what it goes on to say.
      if (statesAnswer(item, got) || (picked[index] ?? []).some((answer) => isCorrect(item, answer))) declinedButShown += 1;
    } else {
      wrongButConfident += 1;
      if (!item.unknown && (picked[index] ?? []).some((answer) => isCorrect(item, answer))) wrongButRelated += 1;
    }
    misses.push({ ...(item.id ? { id: item.id } : {}), question: item.question, expected: describeExpectation(item), got });
  });
  const total = questions.length;
  const correct = total - misses.length;
  const given = questions.map((item, index) => ({ item, got: answers[index] })).filter(({ got }) => !declined(got));
  const calibration = CALIBRATION_LEVELS.map((atLeast) => {
    const above = given.filter(({ got }) => got.confidence >= atLeast);
    return { atLeast, answered: above.length, right: above.filter(({ item, got }) => isCorrect(item, got)).length };
  });
  return {
    total,
    correct,
    accuracy: total ? correct / total : 0,
    refusals,
    wrongRefusals,
    wrongButConfident,
    wrongButConfidentRate: total ? wrongButConfident / total : 0,
    misses,
    calibration,
    declinedButShown,
    wrongButRelated,
  };
}

/** Asks every evaluation question once and scores the top answer. */
export function evaluate(
  snapshot: CatalogueSnapshot,
  questions: readonly ScoredQuestion[] = EVAL_QUESTIONS,
  defaultNow: string = EVAL_NOW,
): EvalReport {
  const { answers, picked } = answerAll(new AnsweringEngine(snapshot), questions, defaultNow);
  return scoreAnswers(questions, answers, picked);
}

/** Each question's answer, and the answers of the topics offered with it, close or related (what one press shows). */
export function answerAll(engine: AnsweringEngine, questions: readonly ScoredQuestion[], defaultNow: string): { answers: Answer[]; picked: Answer[][] } {
  const at = (item: ScoredQuestion) => new Date(item.now ?? defaultNow);
  const answers = questions.map((item) => engine.answerSync(item.question, at(item)));
  const picked = answers.map((answer, index) =>
    (answer.suggestedTopics ?? answer.relatedTopics ?? [])
      .map((suggested) => engine.answerTopic(suggested.entryId, questions[index].question, at(questions[index])))
      .filter((topic): topic is Answer => topic !== null),
  );
  return { answers, picked };
}
