import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answerer } from './answerer.js';

/**
 * Console mode: one question per input line, one answer per output line (with its source links), or
 * with --json one object per line: {"question","answer","sources","confidence"}. Resolves when input ends.
 */
export async function runConsole(answerer: Pick<Answerer, 'answer'>, input: Readable, output: Writable, json: boolean): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let answered = 0;
  for await (const line of lines) {
    const question = line.trim();
    if (!question) continue;
    const { answer, sources, confidence } = await answerer.answer(question);
    output.write(
      json
        ? `${JSON.stringify({ question, answer, sources, confidence })}\n`
        : `${answer}${sources.length > 0 ? ` Sources: ${sources.map((source) => `${source.title} <${source.url}>`).join(', ')}` : ''}\n`,
    );
    answered += 1;
  }
  return answered;
}
