import { AnsweringEngine, foldText, type Answer, type CatalogueSnapshot } from '@stacks/answering';
import { EVAL_NOW, EVAL_QUESTIONS, type EvalQuestion } from './questions.js';

export interface EvalMiss {
  question: string;
  expected: string;
  got: Answer;
}

export interface EvalReport {
  total: number;
  correct: number;
  accuracy: number;
  /** Answered with a wrong answer (not a refusal), as a share of all questions. */
  wrongButConfident: number;
  misses: EvalMiss[];
  /**
   * The engine's best entry for every question with no threshold, by confidence: for each candidate
   * threshold, how many answers above it are right and how many wrong (the calibration the
   * engine's default threshold is chosen from).
   */
  calibration: { threshold: number; right: number; wrong: number; refusedRight: number }[];
}

const DONT_KNOW = "i don't know";

function isCorrect(item: EvalQuestion, answer: Answer): boolean {
  const said = foldText(`${answer.answer} ${answer.sources.map((source) => `${source.title} ${source.url}`).join(' ')}`);
  const declined = said.startsWith(foldText(DONT_KNOW));
  if (item.unknown) return declined;
  return !declined && (item.facts ?? []).every((fact) => said.includes(foldText(fact)));
}

/** Asks every evaluation question once and scores the top answer. */
export function evaluate(snapshot: CatalogueSnapshot, questions: readonly EvalQuestion[] = EVAL_QUESTIONS): EvalReport {
  const engine = new AnsweringEngine(snapshot);
  const ungated = new AnsweringEngine(snapshot, { minConfidence: 0 });
  const misses: EvalMiss[] = [];
  let wrong = 0;
  const scored: { confidence: number; right: boolean }[] = [];
  for (const item of questions) {
    const now = new Date(item.now ?? EVAL_NOW);
    const got = engine.answerSync(item.question, now);
    if (!isCorrect(item, got)) {
      misses.push({ question: item.question, expected: item.unknown ? DONT_KNOW : (item.facts ?? []).join(' + '), got });
      if (!got.answer.startsWith("I don't know")) wrong += 1;
    }
    const best = ungated.answerSync(item.question, now);
    scored.push({ confidence: best.confidence, right: !item.unknown && isCorrect(item, best) });
  }
  const calibration = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6].map((threshold) => ({
    threshold,
    right: scored.filter((s) => s.confidence >= threshold && s.right).length,
    wrong: scored.filter((s) => s.confidence >= threshold && !s.right).length,
    refusedRight: scored.filter((s) => s.confidence < threshold && s.right).length,
  }));
  const correct = questions.length - misses.length;
  return { total: questions.length, correct, accuracy: correct / questions.length, wrongButConfident: wrong / questions.length, misses, calibration };
}
