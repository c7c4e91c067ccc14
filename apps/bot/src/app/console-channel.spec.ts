import { PassThrough } from 'node:stream';
import { runConsole } from './console-channel.js';
import { PlaceholderAnswerer } from './placeholder-answerer.js';

async function ask(lines: string, json: boolean) {
  const input = PassThrough.from([lines]);
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk) => chunks.push(String(chunk)));
  const answered = await runConsole(new PlaceholderAnswerer(), input, output, json);
  return { answered, text: chunks.join('') };
}

describe('console mode', () => {
  it('answers one line per question and skips blank lines', async () => {
    const { answered, text } = await ask('When is the next webinar?\n\n  \nWhat is Día?\n', false);
    expect(answered).toBe(2);
    expect(text.trim().split('\n')).toHaveLength(2);
  });

  it('prints one JSON object per line with --json', async () => {
    const { text } = await ask('What is LTC?\n', true);
    const parsed = JSON.parse(text.trim());
    expect(parsed).toEqual({ question: 'What is LTC?', answer: expect.any(String), sources: [], confidence: 0 });
  });
});
