import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client';
import { useApi } from '../app/use-api';
import { useSubmit } from '../app/use-submit';
import { ErrorMessage, fieldError, Loading, Notice, TextField } from './ui';

/** The wallet DID (did:key or did:web) a learner's badges may be re-issued to name them by. */
export function WalletDidForm() {
  const saved = useApi<{ did: string | null }>('/me/holder-did');
  const [did, setDid] = useState('');
  const submit = useSubmit();
  useEffect(() => setDid(saved.data?.did ?? ''), [saved.data]);

  if (saved.error) return <ErrorMessage error={saved.error} title="Could not load your wallet DID" />;
  if (!saved.data) return <Loading what="your wallet DID" />;

  const save = (event: FormEvent) => {
    event.preventDefault();
    void submit.run(async () => {
      if (did.trim() === '') {
        await api.request('/me/holder-did', { method: 'DELETE' });
        await saved.reload();
        return 'Wallet DID removed. Badges already re-issued keep theirs.';
      }
      await api.request('/me/holder-did', { method: 'PUT', body: { did } });
      await saved.reload();
      return 'Wallet DID saved. Use “Add to wallet” or re-issue a badge from My badges to have it named.';
    });
  };

  return (
    <section aria-labelledby="wallet-did-heading" className="card">
      <h2 id="wallet-did-heading">Wallet DID</h2>
      <form onSubmit={save}>
        <ErrorMessage error={submit.error} title="Could not save" />
        <TextField
          label="Your wallet’s DID"
          hint="From your wallet app’s settings: did:key:z… or did:web:…. Leave empty to remove it."
          value={did}
          onChange={(event) => setDid(event.target.value)}
          error={fieldError(submit.error, 'did')}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="submit" disabled={submit.busy}>
          Save wallet DID
        </button>
        <Notice tone="success">{submit.message}</Notice>
      </form>
    </section>
  );
}
