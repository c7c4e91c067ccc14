import type { Answer } from './engine.js';
import type { SourceLink } from './knowledge.js';

/** A retrieved passage the model may draw on; its number is how the model cites it. */
export interface Passage {
  text: string;
  sources: SourceLink[];
}

export interface LlmComposerOptions {
  /** Base URL of an OpenAI-compatible API, e.g. http://127.0.0.1:11434/v1 (the path /chat/completions is added). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const SYSTEM_PROMPT = [
  'You answer questions from members of a library association.',
  'Use ONLY the numbered passages you are given; never add facts that are not in them.',
  'Answer in one to three short sentences and cite each fact with its passage number in square brackets, like [1].',
  'If the passages do not answer the question, reply exactly: NOT_FOUND',
].join(' ');

/**
 * Optional answer composition by an OpenAI-compatible chat model, from retrieved passages only. Any
 * failure (timeout, HTTP error, no answer, no valid citation) returns null so the caller keeps the
 * retrieval answer: the model can rephrase, never replace, what retrieval found.
 */
export class LlmComposer {
  private readonly fetchImpl: typeof fetch;

  constructor(private readonly options: LlmComposerOptions) {
    this.fetchImpl = options.fetch ?? fetch;
  }

  async compose(question: string, passages: Passage[]): Promise<{ answer: string; sources: SourceLink[] } | null> {
    if (passages.length === 0) return null;
    const numbered = passages.map((passage, i) => `[${i + 1}] ${passage.text}`).join('\n');
    try {
      const response = await this.fetchImpl(`${this.options.baseUrl.replace(/\/$/, '')}/chat/completions`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: this.options.model,
          temperature: 0,
          max_tokens: 300,
          messages: [
            { role: 'system', content: SYSTEM_PROMPT },
            { role: 'user', content: `Passages:\n${numbered}\n\nQuestion: ${question}` },
          ],
        }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 4000),
      });
      if (!response.ok) return null;
      const body = (await response.json()) as { choices?: { message?: { content?: unknown } }[] };
      const content = body.choices?.[0]?.message?.content;
      if (typeof content !== 'string') return null;
      const answer = content.trim();
      if (!answer || answer.includes('NOT_FOUND')) return null;
      const cited = [...answer.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
      // Every citation must name a passage we gave, and there must be at least one.
      if (cited.length === 0 || cited.some((n) => n < 1 || n > passages.length)) return null;
      const sources = [...new Map(cited.flatMap((n) => passages[n - 1].sources).map((link) => [link.url, link])).values()];
      return { answer, sources };
    } catch {
      return null;
    }
  }
}

/** Something that answers by retrieval and can hand over its best passages. */
export interface RetrievingAnswerer {
  answer(question: string): Promise<Answer>;
  passages(question: string, limit: number): Passage[];
}

/** What the bot and the API ask: a question, or a topic picked from an unsure answer's suggestions. */
export interface TopicAnswerer {
  answer(question: string): Promise<Answer>;
  /** A suggested topic the member picked (AnsweringEngine.answerTopic): the entry's own words, never composed. */
  answerTopic(entryId: string, question?: string): Promise<Answer | null>;
}

/**
 * Retrieval first; when it is confident, the model rewrites the answer from the top passages with
 * citations. When retrieval declines, so does this (no model guessing).
 */
export class ComposingAnswerer {
  constructor(
    private readonly retrieval: RetrievingAnswerer,
    private readonly composer: LlmComposer,
    private readonly passageCount = 3,
  ) {}

  async answer(question: string): Promise<Answer> {
    const retrieved = await this.retrieval.answer(question);
    if (!retrieved.entryId) return retrieved;
    const composed = await this.composer.compose(question, this.retrieval.passages(question, this.passageCount));
    return composed ? { ...retrieved, answer: composed.answer, sources: composed.sources } : retrieved;
  }
}

/** The retrieval answerer, wrapped with LLM composition only when both an endpoint and a model are configured. */
export function withOptionalComposition(
  retrieval: RetrievingAnswerer & Pick<TopicAnswerer, 'answerTopic'>,
  settings: { url?: string; model?: string; apiKey?: string; timeoutMs?: number },
): TopicAnswerer & { composing: boolean } {
  const answerTopic = (entryId: string, question?: string) => retrieval.answerTopic(entryId, question);
  if (!settings.url || !settings.model) return { answer: (question) => retrieval.answer(question), answerTopic, composing: false };
  const composing = new ComposingAnswerer(
    retrieval,
    new LlmComposer({ baseUrl: settings.url, model: settings.model, apiKey: settings.apiKey, timeoutMs: settings.timeoutMs }),
  );
  return { answer: (question) => composing.answer(question), answerTopic, composing: true };
}
