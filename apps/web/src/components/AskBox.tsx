import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../api/client';
import type { AnswerRating, AskAnswer, SuggestedTopic } from '../api/types';
import { ErrorMessage, Notice, TextField } from './ui';

const WEB_CLIENT = { 'x-stacks-client': 'web' };

/**
 * "Ask Stacks": a question to POST /ask, the answer with its sources, and 👍/👎 for it. An unsure
 * answer offers close topics as buttons; picking one (POST /ask/topic) shows that topic's answer instead.
 */
export function AskBox() {
  const [question, setQuestion] = useState('');
  /** The question the shown answer is for (the field may have been edited since). */
  const [asked, setAsked] = useState('');
  const [answer, setAnswer] = useState<AskAnswer>();
  const [rated, setRated] = useState<AnswerRating>();
  const [busy, setBusy] = useState(false);
  /** The topic being looked up, while it is. */
  const [picking, setPicking] = useState<SuggestedTopic>();
  const [error, setError] = useState<{ caught: unknown; title: string }>();

  const show = async (request: () => Promise<AskAnswer>, errorTitle: string): Promise<boolean> => {
    setBusy(true);
    setError(undefined);
    try {
      setAnswer(await request());
      setRated(undefined);
      return true;
    } catch (caught) {
      setError({ caught, title: errorTitle });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    const typed = question.trim();
    if (!typed) return;
    if (await show(() => api.request<AskAnswer>('/ask', { method: 'POST', body: { question: typed }, headers: WEB_CLIENT }), 'Could not ask')) setAsked(typed);
  };

  /** The picked topic's answer; a topic retired since the unsure answer was given is dropped from the offer. */
  const topicAnswer = async (topic: SuggestedTopic): Promise<AskAnswer> => {
    try {
      return await api.request<AskAnswer>('/ask/topic', { method: 'POST', body: { entryId: topic.entryId, question: asked || undefined }, headers: WEB_CLIENT });
    } catch (caught) {
      if (!(caught instanceof ApiError && caught.status === 404)) throw caught;
      const others = (topics: SuggestedTopic[]) => topics.filter((other) => other.entryId !== topic.entryId);
      setAnswer((shown) => shown && { ...shown, suggestions: others(shown.suggestions), related: others(shown.related) });
      throw new Error('That topic is no longer available. Try another one, or ask your question another way.', { cause: caught });
    }
  };

  const pick = async (topic: SuggestedTopic) => {
    setPicking(topic);
    await show(() => topicAnswer(topic), `Could not open “${topic.topic}”`);
    setPicking(undefined);
  };

  const rate = async (rating: AnswerRating) => {
    if (!answer) return;
    setError(undefined);
    try {
      await api.request<void>(`/ask/${answer.id}/rating`, { method: 'POST', body: { rating } });
      setRated(rating);
    } catch (caught) {
      setError({ caught, title: 'Could not rate' });
    }
  };

  return (
    <section className="ask-box card" aria-labelledby="ask-heading">
      <h2 id="ask-heading">Ask Stacks</h2>
      <form onSubmit={ask}>
        <TextField
          label="Your question"
          name="question"
          maxLength={500}
          value={question}
          onChange={(event) => setQuestion(event.target.value)}
          hint="For example: When is the next webinar? Who funds LTC?"
        />
        <button type="submit" disabled={busy || !question.trim()}>
          {busy && !picking ? 'Asking…' : 'Ask'}
        </button>
      </form>
      <ErrorMessage error={error?.caught} title={error?.title} />
      {answer && (
        <div className="ask-answer" aria-live="polite">
          <p>{answer.answer}</p>
          {answer.sources.length > 0 && (
            <ul className="ask-sources" aria-label="Sources">
              {answer.sources.map((source) => (
                <li key={source.url}>
                  <a href={source.url}>{source.title}</a>
                </li>
              ))}
            </ul>
          )}
          {answer.suggestions.length > 0 && (
            <TopicChoices id="ask-suggestions-label" label="You could ask about:" topics={answer.suggestions} busy={busy} picking={picking} onPick={pick} />
          )}
          {answer.suggestions.length === 0 && answer.related.length > 0 && (
            <TopicChoices id="ask-related-label" label="Not what you meant? Related:" topics={answer.related} busy={busy} picking={picking} onPick={pick} />
          )}
          <div className="ask-rating" role="group" aria-label="Was this answer helpful?">
            <button type="button" aria-pressed={rated === 'up'} onClick={() => void rate('up')}>
              👍 Helpful
            </button>
            <button type="button" aria-pressed={rated === 'down'} onClick={() => void rate('down')}>
              👎 Not helpful
            </button>
          </div>
          <Notice tone="success">{rated ? 'Thanks: your rating helps the team improve the answers.' : undefined}</Notice>
        </div>
      )}
    </section>
  );
}

/** Topics offered with an answer (close ones when unsure, related ones when not), one button each. */
function TopicChoices(props: { id: string; label: string; topics: SuggestedTopic[]; busy: boolean; picking?: SuggestedTopic; onPick: (topic: SuggestedTopic) => Promise<void> }) {
  const { id, label, topics, busy, picking, onPick } = props;
  return (
    <div className="ask-suggestions" role="group" aria-labelledby={id}>
      <p id={id}>{label}</p>
      <ul>
        {topics.map((topic) => (
          <li key={topic.entryId}>
            <button type="button" className="secondary" disabled={busy} aria-busy={picking?.entryId === topic.entryId} onClick={() => void onPick(topic)}>
              {topic.topic}
            </button>
          </li>
        ))}
      </ul>
      {picking && (
        <p className="loading" role="status">
          Looking up “{picking.topic}”…
        </p>
      )}
    </div>
  );
}
