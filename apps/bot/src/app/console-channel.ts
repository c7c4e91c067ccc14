import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Answerer } from './answerer.js';

/**
 * Console mode: one question per input line, one answer per output line (JSON with --json).
 * Resolves when input ends.
 */
export async function runConsole(answerer: Answerer, input: Readable, output: Writable, json: boolean): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let answered = 0;
  for await (const line of lines) {
    const question = line.trim();
    if (!question) continue;
    const result = await answerer.answer(question);
    output.write(json ? `${JSON.stringify(result)}\n` : `${result.answer}\n`);
    answered += 1;
  }
  return answered;
}
