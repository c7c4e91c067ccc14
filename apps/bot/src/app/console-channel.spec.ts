import { PassThrough } from 'node:stream';
import { AnsweringEngine } from '@stacks/answering';
import { seedCatalogueSnapshot } from '@stacks/db';
import { runConsole } from './console-channel.js';

const engine = new AnsweringEngine(seedCatalogueSnapshot(), { clock: () => new Date('2026-11-25T12:00:00Z') });

async function ask(lines: string, json: boolean) {
  const input = PassThrough.from([lines]);
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (chunk) => chunks.push(String(chunk)));
  const answered = await runConsole(engine, input, output, json);
  return { answered, text: chunks.join('') };
}

describe('console mode', () => {
  it('answers one line per question from the catalogue, with sources, and skips blank lines', async () => {
    const { answered, text } = await ask('Who funds LTC?\n\n  \nWhat is Día?\n', false);
    expect(answered).toBe(2);
    const [funders, dia] = text.trim().split('\n');
    expect(funders).toContain('Gates');
    expect(funders).toMatch(/Sources: .+ <https:\/\/www\.ala\.org\//);
    expect(dia).toContain('children');
  });

  it('names the close topics after an unsure answer, since a console has no buttons', async () => {
    const { text } = await ask("Who is the Harwood Institute's treasurer and what is their salary?\n", false);
    expect(text).toMatch(/^I don't know.* Close topics: .+\.\n$/);
  });

  it('prints question, answer, sources and confidence (and close topics when unsure) as one JSON object per line with --json', async () => {
    const { text } = await ask('What is NDORH?\nWhat is the capital of Australia?\n', true);
    const [known, unknown] = text.trim().split('\n').map((line) => JSON.parse(line));
    expect(Object.keys(known)).toEqual(['question', 'answer', 'sources', 'confidence']);
    expect(known).toEqual({
      question: 'What is NDORH?',
      answer: expect.stringContaining('National Day of Racial Healing'),
      sources: [expect.objectContaining({ url: 'https://www.ala.org/advocacy/diversity/librariesrespond' })],
      confidence: expect.any(Number),
    });
    expect(known.confidence).toBeGreaterThanOrEqual(0.5);
    expect(unknown.answer).toMatch(/^I don't know/);
    expect(unknown.confidence).toBeLessThan(0.5);
    expect(Object.keys(unknown)).toEqual(['question', 'answer', 'sources', 'confidence', 'suggestedTopics']);
    expect(unknown.suggestedTopics.length).toBeGreaterThan(0);
    for (const topic of unknown.suggestedTopics) expect(typeof topic).toBe('string');
  });
});
