import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CALIBRATION_QUESTIONS } from './calibration-questions.js';
import { statesFact } from './evaluate.js';
import { HELD_OUT_QUESTIONS, SEED_DOCUMENTS } from './held-out-questions.js';
import { MEMBER_PHRASING_QUESTIONS, PAST_TENSE_MARKERS } from './member-phrasing-questions.js';
import { normalisedQuestion, questionWords, wordSimilarity } from './question-wording.js';
import { EVAL_QUESTIONS } from './questions.js';
import { SOURCE_DOCUMENTS_DIR, SOURCE_DOCUMENTS_PRESENT } from './source-documents-dir.js';

const answerable = MEMBER_PHRASING_QUESTIONS.filter((item) => !item.unknown);

describe('the member-phrasing split of the development set', () => {
  it('has at least 130 unique questions, at least 30 of them out of scope', () => {
    expect(MEMBER_PHRASING_QUESTIONS.length).toBeGreaterThanOrEqual(130);
    expect(MEMBER_PHRASING_QUESTIONS.filter((item) => item.unknown).length).toBeGreaterThanOrEqual(30);
    expect(new Set(MEMBER_PHRASING_QUESTIONS.map((item) => normalisedQuestion(item.question))).size).toBe(MEMBER_PHRASING_QUESTIONS.length);
  });

  it('expects facts of every answerable question and none of an out-of-scope one', () => {
    expect(answerable.filter((item) => !item.facts?.length).map((item) => item.question)).toEqual([]);
    expect(MEMBER_PHRASING_QUESTIONS.filter((item) => item.unknown && item.facts).map((item) => item.question)).toEqual([]);
  });

  it('shares no question, nor a near copy of one, with the tuning, calibration or held-out questions', () => {
    const others = [...EVAL_QUESTIONS, ...CALIBRATION_QUESTIONS, ...HELD_OUT_QUESTIONS].map((item) => questionWords(item.question));
    const copies = MEMBER_PHRASING_QUESTIONS.filter((item) => others.some((asked) => wordSimilarity(questionWords(item.question), asked) >= 0.75));
    expect(copies.map((item) => item.question)).toEqual([]);
  });

  (SOURCE_DOCUMENTS_PRESENT ? it : it.skip)('expects only facts that the source documents state', () => {
    const documents = Object.values(SEED_DOCUMENTS)
      .map((document) => readFileSync(path.join(SOURCE_DOCUMENTS_DIR, document), 'utf8'))
      .join('\n');
    const unstated = answerable.flatMap((item) =>
      (item.facts ?? [])
        // Past-tense markers judge how the answer tells the time; they are not document facts.
        .filter((fact) => fact !== PAST_TENSE_MARKERS)
        .filter((fact) => !statesFact(documents, fact))
        .map((fact) => `${item.question}: ${JSON.stringify(fact)}`),
    );
    expect(unstated).toEqual([]);
  });
});
