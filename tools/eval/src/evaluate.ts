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
  misses: EvalMiss[];
}

const DONT_KNOW = "i don't know";

function isCorrect(item: EvalQuestion, answer: Answer): boolean {
  const said = foldText(`${answer.answer} ${answer.sources.join(' ')}`);
  const declined = said.startsWith(foldText(DONT_KNOW));
  if (item.unknown) return declined;
  return !declined && (item.facts ?? []).every((fact) => said.includes(foldText(fact)));
}

/** Asks every evaluation question once and scores the top answer. */
export function evaluate(snapshot: CatalogueSnapshot, questions: readonly EvalQuestion[] = EVAL_QUESTIONS): EvalReport {
  const engine = new AnsweringEngine(snapshot);
  const misses: EvalMiss[] = [];
  for (const item of questions) {
    const got = engine.answerSync(item.question, new Date(item.now ?? EVAL_NOW));
    if (!isCorrect(item, got)) {
      misses.push({ question: item.question, expected: item.unknown ? DONT_KNOW : (item.facts ?? []).join(' + '), got });
    }
  }
  const correct = questions.length - misses.length;
  return { total: questions.length, correct, accuracy: correct / questions.length, misses };
}
