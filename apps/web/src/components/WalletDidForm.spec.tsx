import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WalletDidForm } from './WalletDidForm';

const DID = 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK';
const originalFetch = globalThis.fetch;
afterEach(() => {
  cleanup();
  globalThis.fetch = originalFetch;
});

function network(answer: (method: string, body: string | undefined) => { status: number; body?: unknown }) {
  const calls: string[] = [];
  globalThis.fetch = (async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push(`${method} ${url}${init.body ? ` ${init.body}` : ''}`);
    const { status, body } = answer(method, init.body as string | undefined);
    return { ok: status < 300, status, statusText: '', json: async () => body, text: async () => '' } as Response;
  }) as typeof fetch;
  return calls;
}

describe('WalletDidForm', () => {
  it('saves a DID and shows the saved one', async () => {
    let stored: string | null = null;
    const calls = network((method, body) => {
      if (method === 'PUT') stored = (JSON.parse(body as string) as { did: string }).did;
      return { status: 200, body: { did: stored } };
    });
    render(<WalletDidForm />);
    await userEvent.type(await screen.findByLabelText(/Your wallet’s DID/), DID);
    await userEvent.click(screen.getByRole('button', { name: 'Save wallet DID' }));
    expect((await screen.findByRole('status')).textContent).toContain('Wallet DID saved');
    expect(calls).toContain(`PUT /api/v1/me/holder-did ${JSON.stringify({ did: DID })}`);
    expect((screen.getByLabelText(/Your wallet’s DID/) as HTMLInputElement).value).toBe(DID);
  });

  it('shows the API’s message next to the field for an invalid DID', async () => {
    network((method) =>
      method === 'PUT'
        ? { status: 400, body: { title: 'Bad Request', status: 400, detail: 'did must use the did:key or did:web method', errors: [{ field: 'did', rule: 'isDid', message: 'did must use the did:key or did:web method' }] } }
        : { status: 200, body: { did: null } },
    );
    render(<WalletDidForm />);
    await userEvent.type(await screen.findByLabelText(/Your wallet’s DID/), 'did:example:1234');
    await userEvent.click(screen.getByRole('button', { name: 'Save wallet DID' }));
    const input = await screen.findByLabelText(/Your wallet’s DID/);
    await screen.findByRole('alert');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')?.split(' ').pop() ?? '')?.textContent).toContain('did:key or did:web');
  });
});
