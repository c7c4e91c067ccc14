import type { Answer, Answerer } from './answerer.js';

/** Stands in until the question-answering engine lands; says so plainly rather than guessing. */
export class PlaceholderAnswerer implements Answerer {
  async answer(question: string): Promise<Answer> {
    return {
      question,
      answer: 'I cannot answer questions yet. Browse the catalogue at /api/v1/programs in the meantime.',
      sources: [],
      confidence: 0,
    };
  }
}
