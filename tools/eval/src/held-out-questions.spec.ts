import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { statesFact } from './evaluate.js';
import { HELD_OUT_QUESTIONS, PAST_MARKERS, QUESTION_PATTERNS, SEED_DOCUMENTS } from './held-out-questions.js';
import { normalisedQuestion, questionWords, wordSimilarity } from './question-wording.js';
import { EVAL_QUESTIONS } from './questions.js';
import { SOURCE_DOCUMENTS_DIR, SOURCE_DOCUMENTS_PRESENT } from './source-documents-dir.js';

const answerable = HELD_OUT_QUESTIONS.filter((item) => !item.unknown);

describe('the held-out evaluation set', () => {
  it('has at least 120 questions with unique ids and wordings, at least 15 of them out of scope', () => {
    expect(HELD_OUT_QUESTIONS.length).toBeGreaterThanOrEqual(120);
    expect(new Set(HELD_OUT_QUESTIONS.map((item) => item.id)).size).toBe(HELD_OUT_QUESTIONS.length);
    expect(new Set(HELD_OUT_QUESTIONS.map((item) => normalisedQuestion(item.question))).size).toBe(HELD_OUT_QUESTIONS.length);
    expect(HELD_OUT_QUESTIONS.filter((item) => item.unknown).length).toBeGreaterThanOrEqual(15);
  });

  it('shares no question, nor a near copy of one, with the development set', () => {
    const development = EVAL_QUESTIONS.map((item) => questionWords(item.question));
    const copies = HELD_OUT_QUESTIONS.filter((item) => development.some((asked) => wordSimilarity(questionWords(item.question), asked) >= 0.75));
    expect(copies.map((item) => item.id)).toEqual([]);
  });

  it('asks at least ten questions of every source document and every pattern at least twice', () => {
    for (const document of Object.values(SEED_DOCUMENTS)) {
      expect([document, answerable.filter((item) => item.source === document).length >= 10]).toEqual([document, true]);
    }
    for (const pattern of QUESTION_PATTERNS) {
      expect([pattern, HELD_OUT_QUESTIONS.filter((item) => item.pattern === pattern).length >= 2]).toEqual([pattern, true]);
    }
  });

  it('expects facts of every answerable question and none of an out-of-scope one', () => {
    expect(answerable.filter((item) => !item.source || !item.facts?.length).map((item) => item.id)).toEqual([]);
    const outOfScope = HELD_OUT_QUESTIONS.filter((item) => item.unknown);
    expect(outOfScope.filter((item) => item.source || item.facts || item.pattern !== 'out-of-scope').map((item) => item.id)).toEqual([]);
  });

  (SOURCE_DOCUMENTS_PRESENT ? it : it.skip)('covers every document in shared/seeds', () => {
    expect(readdirSync(SOURCE_DOCUMENTS_DIR).filter((file) => file.endsWith('.txt')).sort()).toEqual(Object.values(SEED_DOCUMENTS).sort());
  });

  (SOURCE_DOCUMENTS_PRESENT ? it : it.skip)('expects only facts that its source documents state', () => {
    const text = new Map<string, string>(Object.values(SEED_DOCUMENTS).map((document) => [document, readFileSync(path.join(SOURCE_DOCUMENTS_DIR, document), 'utf8')]));
    const unstated = answerable.flatMap((item) => {
      const documents = [item.source, ...(item.alsoFrom ?? [])].map((document) => text.get(document ?? '') ?? '').join('\n');
      // Past-tense markers judge how the answer tells the time; they are not document facts.
      const facts = (item.facts ?? []).filter((fact) => fact !== PAST_MARKERS);
      return facts.filter((fact) => !statesFact(documents, fact)).map((fact) => `${item.id}: ${JSON.stringify(fact)}`);
    });
    expect(unstated).toEqual([]);
  });
});
