import { type FormEvent, useState } from 'react';
import { api } from '../api/client';
import type { AnswerRating, AskAnswer } from '../api/types';
import { ErrorMessage, Notice, TextField } from './ui';

/** "Ask Stacks": a question to POST /ask, the answer with its sources, and 👍/👎 for it. */
export function AskBox() {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState<AskAnswer>();
  const [rated, setRated] = useState<AnswerRating>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const ask = async (event: FormEvent) => {
    event.preventDefault();
    if (!question.trim()) return;
    setBusy(true);
    setError(undefined);
    setRated(undefined);
    try {
      setAnswer(await api.request<AskAnswer>('/ask', { method: 'POST', body: { question: question.trim() }, headers: { 'x-stacks-client': 'web' } }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const rate = async (rating: AnswerRating) => {
    if (!answer) return;
    setError(undefined);
    try {
      await api.request<void>(`/ask/${answer.id}/rating`, { method: 'POST', body: { rating } });
      setRated(rating);
    } catch (caught) {
      setError(caught);
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
          {busy ? 'Asking…' : 'Ask'}
        </button>
      </form>
      <ErrorMessage error={error} title="Could not ask" />
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
