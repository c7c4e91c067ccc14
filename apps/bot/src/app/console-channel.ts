import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answerer } from './answerer.js';

/**
 * Console mode: one question per input line, one answer per output line (with its source links), or
 * with --json one object per line: {"question","answer","sources","confidence"} and, when the answer is
 * unsure, "suggestedTopics" (the close topics' names). Resolves when input ends.
 */
export async function runConsole(answerer: Pick<Answerer, 'answer'>, input: Readable, output: Writable, json: boolean): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let answered = 0;
  for await (const line of lines) {
    const question = line.trim();
    if (!question) continue;
    const { answer, sources, confidence, suggestedTopics = [] } = await answerer.answer(question);
    const topics = suggestedTopics.map(({ topic }) => topic);
    output.write(
      json
        ? `${JSON.stringify({ question, answer, sources, confidence, ...(topics.length > 0 ? { suggestedTopics: topics } : {}) })}\n`
        : `${answer}${topics.length > 0 ? ` Close topics: ${topics.join('; ')}.` : ''}${sources.length > 0 ? ` Sources: ${sources.map((source) => `${source.title} <${source.url}>`).join(', ')}` : ''}\n`,
    );
    answered += 1;
  }
  return answered;
}
