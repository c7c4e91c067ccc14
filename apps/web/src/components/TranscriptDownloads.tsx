import { useState } from 'react';
import { api } from '../api/client';
import { ErrorMessage } from './ui';

export type SaveFile = (fileName: string, body: string, type: string) => void;

/** Saves text as a file through a temporary object URL (the export needs the sign-in, so a plain link cannot fetch it). */
export const saveWithBrowser: SaveFile = (fileName, body, type) => {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

const FORMATS = [
  { format: 'csv', label: 'Download as CSV (spreadsheet)', type: 'text/csv' },
  { format: 'json', label: 'Download as JSON', type: 'application/json' },
] as const;

/** The transcript as a file to keep or send on: the same sessions and hours as the page. */
export function TranscriptDownloads({ save = saveWithBrowser }: { save?: SaveFile }) {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const download = async (format: 'csv' | 'json', type: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const body = await api.request<string>(`/me/transcript/export?format=${format}`, { text: true, headers: { accept: type } });
      save(`stacks-transcript.${format}`, body, type);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="inline-form">
      {FORMATS.map(({ format, label, type }) => (
        <button key={format} type="button" className="secondary" disabled={busy} onClick={() => void download(format, type)}>
          {label}
        </button>
      ))}
      <ErrorMessage error={error} title="Could not download your transcript" />
    </div>
  );
}
