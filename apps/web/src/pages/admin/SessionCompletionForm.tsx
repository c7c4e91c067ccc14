import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { AdminSession, RecordingCompletion, SessionSummary } from '../../api/types';
import { useApi } from '../../app/use-api';
import { useSubmit } from '../../app/use-submit';
import { ErrorMessage, fieldError, Notice, SelectField, TextField } from '../../components/ui';

const POLICY_LABEL: Record<RecordingCompletion, string> = {
  WATCHED_TIME_ONLY: 'Watched time in the player only',
  SELF_REPORT_ALLOWED: 'Also accept “I watched the recording”',
};

/** An admin sets how a session is completed: the live threshold, the recording rule and the Zoom id. */
export function SessionCompletionForm({ session, onSaved }: { session: SessionSummary; onSaved?: () => void }) {
  const current = useApi<AdminSession>(`/admin/sessions/${encodeURIComponent(session.slug)}`);
  const [form, setForm] = useState({ zoomMeetingId: '', attendanceMinMinutes: '', attendanceMinPercent: '', recordingCompletion: session.completion.recordingCompletion });
  useEffect(() => {
    const loaded = current.data;
    if (!loaded) return;
    setForm({
      zoomMeetingId: loaded.zoomMeetingId ?? '',
      attendanceMinMinutes: loaded.completion.attendanceMinMinutes?.toString() ?? '',
      attendanceMinPercent: loaded.completion.attendanceMinPercent?.toString() ?? '',
      recordingCompletion: loaded.completion.recordingCompletion,
    });
  }, [current.data]);
  const submit = useSubmit();
  const set = (key: keyof typeof form) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const number = (value: string) => (value.trim() === '' ? null : Number(value));
    if (
      await submit.run(async () => {
        await api.request<AdminSession>(`/admin/sessions/${encodeURIComponent(session.slug)}`, {
          method: 'PATCH',
          body: {
            zoomMeetingId: form.zoomMeetingId.trim() === '' ? null : form.zoomMeetingId.trim(),
            attendanceMinMinutes: number(form.attendanceMinMinutes),
            attendanceMinPercent: number(form.attendanceMinPercent),
            recordingCompletion: form.recordingCompletion,
          },
        });
        return 'Completion rules saved.';
      })
    )
      onSaved?.();
  };
  const error = submit.error;
  const id = `completion-${session.id}`;
  return (
    <form onSubmit={onSubmit} aria-labelledby={id}>
      <h4 id={id}>Completion rules and Zoom</h4>
      <ErrorMessage error={current.error} title="Could not load the session’s settings" />
      <TextField label="Zoom webinar or meeting id" inputMode="numeric" value={form.zoomMeetingId} onChange={set('zoomMeetingId')} error={fieldError(error, 'zoomMeetingId')} hint="Its participant webhooks credit live attendance; empty: none" />
      <div className="inline-fields">
        <TextField label="Live attendance that counts (minutes)" type="number" min={0} max={1440} value={form.attendanceMinMinutes} onChange={set('attendanceMinMinutes')} error={fieldError(error, 'attendanceMinMinutes')} hint="Empty: the share below, else the default" />
        <TextField label="…or share of the scheduled length (%)" type="number" min={1} max={100} value={form.attendanceMinPercent} onChange={set('attendanceMinPercent')} error={fieldError(error, 'attendanceMinPercent')} />
      </div>
      <SelectField label="Recording counts from" value={form.recordingCompletion} onChange={set('recordingCompletion')} error={fieldError(error, 'recordingCompletion')}>
        {(Object.keys(POLICY_LABEL) as RecordingCompletion[]).map((value) => (
          <option key={value} value={value}>
            {POLICY_LABEL[value]}
          </option>
        ))}
      </SelectField>
      <button type="submit" disabled={submit.busy || current.loading}>
        Save completion rules<span className="visually-hidden"> of {session.title}</span>
      </button>
      <ErrorMessage error={error} title="Not saved" />
      <Notice tone="success">{submit.message}</Notice>
    </form>
  );
}
