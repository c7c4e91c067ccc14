import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AskBox } from './AskBox';

const ID = '3f1e2d4c-5b6a-4789-8abc-def012345678';
const UNSURE_ID = '9a8b7c6d-5e4f-4321-8abc-0123456789ab';
const PICKED_ID = '1b2c3d4e-5f60-4718-9abc-def0123456ab';
const TREASURER = "Who is the Harwood Institute's treasurer?";
const HARWOOD = { entryId: 'organisation:harwood-institute', topic: 'Harwood Institute for Public Innovation' };
const RETIRED = { entryId: 'faq:parking', topic: 'Where do I park for the workshop?' };
/** When set, /ask/topic waits for it before answering (to see the loading state). */
let held: Promise<void> | undefined;
const calls: { url: string; method: string; body?: unknown; headers: Record<string, string> }[] = [];
const originalFetch = globalThis.fetch;

/**
 * The API as the box sees it: /ask answers (unsure, with close topics, for the treasurer), /ask/topic
 * answers the Harwood entry and says 404 for the retired FAQ item, /ask/{id}/rating records (204),
 * anything else is a 404 problem.
 */
beforeEach(() => {
  calls.length = 0;
  held = undefined;
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const body = init.body ? JSON.parse(init.body as string) : undefined;
    calls.push({ url, method: init.method ?? 'GET', body, headers: init.headers as Record<string, string> });
    const reply = (status: number, json?: unknown) =>
      ({ ok: status < 300, status, statusText: '', headers: new Headers({ 'content-type': 'application/json' }), json: async () => json, text: async () => JSON.stringify(json) }) as Response;
    if (url === '/api/v1/ask') {
      if (body.question === 'boom') {
        return reply(400, { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'question is too long', errors: [{ field: 'question', rule: 'maxLength', message: 'question must be at most 500 characters' }] });
      }
      if (body.question === TREASURER) {
        return reply(200, {
          id: UNSURE_ID,
          answer: "I don't know the answer to that from the catalogue. These close topics may help.",
          sources: [],
          confidence: 0.06,
          suggestions: [HARWOOD, RETIRED],
          related: [],
        });
      }
      return reply(200, {
        id: ID,
        answer: 'Libraries Transforming Communities (LTC) is funded by Bill & Melinda Gates Foundation.',
        sources: [{ title: 'Libraries Transforming Communities', url: 'https://www.ala.org/ltc' }],
        confidence: 0.91,
        suggestions: [],
        related: [HARWOOD],
      });
    }
    if (url === '/api/v1/ask/topic') {
      await held;
      return body.entryId === HARWOOD.entryId
        ? reply(200, {
            id: PICKED_ID,
            answer: 'Harwood Institute for Public Innovation: Nonprofit whose "Turning Outward" approach shifts institutions outward.',
            sources: [{ title: 'Harwood Institute for Public Innovation', url: 'https://theharwoodinstitute.org' }],
            confidence: 1,
            suggestions: [],
            related: [],
          })
        : reply(404, { type: 'about:blank', title: 'Not Found', status: 404, detail: `no topic ${body.entryId}`, errors: [{ field: 'entryId', rule: 'exists', message: 'no such topic' }] });
    }
    if (url === `/api/v1/ask/${ID}/rating` || url === `/api/v1/ask/${PICKED_ID}/rating`) return reply(204);
    return reply(404, { title: 'Not Found', status: 404 });
  }) as typeof fetch;
});
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

async function askTreasurer() {
  const user = userEvent.setup();
  render(<AskBox />);
  await user.type(screen.getByLabelText(/Your question/), TREASURER);
  await user.click(screen.getByRole('button', { name: 'Ask' }));
  await screen.findByText(/^I don't know/);
  return user;
}

describe('AskBox', () => {
  it('offers the related topics under a confident answer; picking one shows its answer', async () => {
    const user = userEvent.setup();
    render(<AskBox />);
    await user.type(screen.getByLabelText(/Your question/), 'Who funds LTC?');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    const related = await screen.findByRole('group', { name: 'Not what you meant? Related:' });
    expect(screen.queryByRole('group', { name: 'You could ask about:' })).toBeNull();
    await user.click(within(related).getByRole('button', { name: HARWOOD.topic }));
    await screen.findByText(/Turning Outward/);
    expect(calls.find((call) => call.url === '/api/v1/ask/topic')?.body).toEqual({ entryId: HARWOOD.entryId, question: 'Who funds LTC?' });
  });

  it('asks POST /api/v1/ask, shows the answer with titled source links, and sends a 👎 rating for it', async () => {
    const user = userEvent.setup();
    render(<AskBox />);
    expect((screen.getByRole('button', { name: 'Ask' }) as HTMLButtonElement).disabled).toBe(true);
    await user.type(screen.getByLabelText(/Your question/), 'Who funds LTC?');
    await user.click(screen.getByRole('button', { name: 'Ask' }));

    expect(await screen.findByText(/funded by Bill & Melinda Gates Foundation/)).toBeTruthy();
    expect(calls[0]).toMatchObject({ url: '/api/v1/ask', method: 'POST', body: { question: 'Who funds LTC?' }, headers: { 'x-stacks-client': 'web' } });
    const link = screen.getByRole('link', { name: 'Libraries Transforming Communities' });
    expect(link.getAttribute('href')).toBe('https://www.ala.org/ltc');
    expect(screen.queryByRole('group', { name: /You could ask about/ })).toBeNull();

    await user.click(screen.getByRole('button', { name: /Not helpful/ }));
    expect(await screen.findByText(/Thanks: your rating helps/)).toBeTruthy();
    expect(calls[1]).toMatchObject({ url: `/api/v1/ask/${ID}/rating`, method: 'POST', body: { rating: 'down' } });
    expect(screen.getByRole('button', { name: /Not helpful/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the problem the API names when the question is refused', async () => {
    const user = userEvent.setup();
    render(<AskBox />);
    await user.type(screen.getByLabelText(/Your question/), 'boom');
    await user.click(screen.getByRole('button', { name: 'Ask' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('question must be at most 500 characters');
    expect(screen.queryByRole('group', { name: /helpful/ })).toBeNull();
  });

  it('offers the close topics of an unsure answer as buttons named after them', async () => {
    await askTreasurer();
    const offer = screen.getByRole('group', { name: 'You could ask about:' });
    expect(within(offer).getAllByRole('button').map((button) => button.textContent)).toEqual([HARWOOD.topic, RETIRED.topic]);
    expect(within(offer).getByRole('button', { name: HARWOOD.topic })).toBeTruthy();
  });

  it('answers a picked topic with POST /api/v1/ask/topic (its entry and the question asked), in place of the unsure answer, and rates that one', async () => {
    const user = await askTreasurer();
    // Editing the field afterwards does not change what the shown answer was asked for.
    await user.type(screen.getByLabelText(/Your question/), ' and salary');
    await user.click(screen.getByRole('button', { name: HARWOOD.topic }));

    expect(await screen.findByText(/Turning Outward/)).toBeTruthy();
    expect(calls[1]).toMatchObject({ url: '/api/v1/ask/topic', method: 'POST', body: { entryId: HARWOOD.entryId, question: TREASURER }, headers: { 'x-stacks-client': 'web' } });
    expect(screen.queryByText(/^I don't know/)).toBeNull();
    expect(screen.queryByRole('group', { name: /You could ask about/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Harwood Institute for Public Innovation' }).getAttribute('href')).toBe('https://theharwoodinstitute.org');

    await user.click(screen.getByRole('button', { name: /👍 Helpful/ }));
    expect(await screen.findByText(/Thanks: your rating helps/)).toBeTruthy();
    expect(calls[2]).toMatchObject({ url: `/api/v1/ask/${PICKED_ID}/rating`, method: 'POST', body: { rating: 'up' } });
  });

  it('says it is looking the picked topic up, with the topics and Ask disabled, until the answer comes', async () => {
    const user = await askTreasurer();
    let release!: () => void;
    held = new Promise((resolve) => (release = resolve));
    await user.click(screen.getByRole('button', { name: HARWOOD.topic }));

    expect((await screen.findByText(`Looking up “${HARWOOD.topic}”…`)).getAttribute('role')).toBe('status');
    expect((screen.getByRole('button', { name: RETIRED.topic }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Ask' }) as HTMLButtonElement).disabled).toBe(true);
    release();
    expect(await screen.findByText(/Turning Outward/)).toBeTruthy();
    expect(screen.queryByText(/Looking up/)).toBeNull();
  });

  it('says plainly when a picked topic is gone (404), keeps the unsure answer and drops that topic from the offer', async () => {
    const user = await askTreasurer();
    await user.click(screen.getByRole('button', { name: RETIRED.topic }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('That topic is no longer available');
    expect(calls[1]).toMatchObject({ url: '/api/v1/ask/topic', body: { entryId: RETIRED.entryId, question: TREASURER } });
    expect(screen.getByText(/^I don't know/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: RETIRED.topic })).toBeNull();
    expect((screen.getByRole('button', { name: HARWOOD.topic }) as HTMLButtonElement).disabled).toBe(false);
  });
});
