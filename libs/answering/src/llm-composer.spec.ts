import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AnsweringEngine } from './engine.js';
import { ComposingAnswerer, LlmComposer } from './llm-composer.js';
import { testCatalogue } from './testing-catalogue.js';

/** A local stand-in for an OpenAI-compatible chat endpoint; each test sets what it replies. */
let reply: (body: { model: string; messages: { role: string; content: string }[] }) => { status: number; content?: string; delayMs?: number };
const requests: { url?: string; authorization?: string; body: { model: string; messages: { role: string; content: string }[] } }[] = [];
let server: Server;
let baseUrl: string;

async function readBody(request: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
}

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const body = JSON.parse(await readBody(request));
    requests.push({ url: request.url, authorization: request.headers.authorization, body });
    const { status, content, delayMs } = reply(body);
    if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => (requests.length = 0));

const now = new Date('2030-02-01T12:00:00Z');
const engine = new AnsweringEngine(testCatalogue(), { faq: [], clock: () => now });
const retrieval = { answer: async (question: string) => engine.answerSync(question, now), passages: (question: string, limit: number) => engine.passages(question, limit, now) };

describe('optional LLM composition', () => {
  it('sends only retrieved passages and returns the cited answer with the cited passages as sources', async () => {
    reply = () => ({ status: 200, content: 'The Bill & Melinda Gates Foundation funds it [1].' });
    const answerer = new ComposingAnswerer(retrieval, new LlmComposer({ baseUrl, model: 'test-model', apiKey: 'sk-test' }));
    const answer = await answerer.answer('Who funds LTC?');
    expect(answer.answer).toBe('The Bill & Melinda Gates Foundation funds it [1].');
    expect(answer.sources).toEqual([{ title: 'Libraries Transforming Communities', url: 'https://example.org/ltc' }]);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ url: '/v1/chat/completions', authorization: 'Bearer sk-test', body: { model: 'test-model' } });
    const prompt = requests[0].body.messages.map((message) => message.content).join('\n');
    expect(prompt).toContain('[1] Libraries Transforming Communities (LTC) is led by the American Library Association');
    expect(prompt).toContain('Question: Who funds LTC?');
  });

  it('keeps the retrieval answer when the model fails, is slow, finds nothing or cites no given passage', async () => {
    const retrievalAnswer = engine.answerSync('Who funds LTC?', now).answer;
    for (const behaviour of [
      { status: 500, content: 'oops' },
      { status: 200, content: 'NOT_FOUND' },
      { status: 200, content: 'The Gates Foundation funds it.' },
      { status: 200, content: 'The Gates Foundation funds it [7].' },
      { status: 200, content: 'Too late [1].', delayMs: 300 },
    ]) {
      reply = () => behaviour;
      const answerer = new ComposingAnswerer(retrieval, new LlmComposer({ baseUrl, model: 'test-model', timeoutMs: 150 }));
      expect({ behaviour, answer: (await answerer.answer('Who funds LTC?')).answer }).toEqual({ behaviour, answer: retrievalAnswer });
    }
  });

  it('does not ask the model when retrieval does not know', async () => {
    reply = () => ({ status: 200, content: 'A made-up answer [1].' });
    const answerer = new ComposingAnswerer(retrieval, new LlmComposer({ baseUrl, model: 'test-model' }));
    expect((await answerer.answer('What is the capital of Australia?')).answer).toMatch(/^I don't know/);
    expect(requests).toHaveLength(0);
  });
});
