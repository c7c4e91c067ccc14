import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api/client';
import type { Account, DiscordLink, DiscordLinkCode, NotificationPreferences } from '../api/types';
import { usePageTitle } from '../app/router';
import { useApi } from '../app/use-api';
import { formatDateTime, minutesToTime, timeToMinutes } from '../components/format';
import { CheckboxField, ErrorMessage, fieldError, Loading, Notice, PageHeading, SelectField, TextField } from '../components/ui';
import { CalendarFeedSettings } from '../components/CalendarFeedSettings';
import { WalletDidForm } from '../components/WalletDidForm';

const TIME_ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles'];

export function SettingsPage() {
  usePageTitle('Reminders and Discord');
  return (
    <>
      <PageHeading>Reminders and Discord</PageHeading>
      <PreferencesForm />
      <CalendarFeedSettings />
      <DiscordLinking />
      <WalletDidForm />
    </>
  );
}

function PreferencesForm() {
  const preferences = useApi<NotificationPreferences>('/me/notification-preferences');
  const [form, setForm] = useState<NotificationPreferences>();
  const [quietStart, setQuietStart] = useState('');
  const [quietEnd, setQuietEnd] = useState('');
  const [timeZone, setTimeZone] = useState('');
  const [error, setError] = useState<unknown>();
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!preferences.data) return;
    setForm(preferences.data);
    setQuietStart(minutesToTime(preferences.data.quietHoursStart ?? null));
    setQuietEnd(minutesToTime(preferences.data.quietHoursEnd ?? null));
    setTimeZone(preferences.data.timeZone);
  }, [preferences.data]);

  if (preferences.error) return <ErrorMessage error={preferences.error} title="Could not load your preferences" />;
  if (!form) return <Loading what="your preferences" />;
  const toggle = (key: keyof NotificationPreferences) => (event: { target: { checked: boolean } }) => setForm({ ...form, [key]: event.target.checked });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setSaved(false);
    try {
      if (timeZone !== form.timeZone) await api.request<Account>('/me/profile', { method: 'PATCH', body: { timeZone } });
      await api.request<NotificationPreferences>('/me/notification-preferences', {
        method: 'PUT',
        body: {
          emailEnabled: form.emailEnabled,
          discordEnabled: form.discordEnabled,
          remindersEnabled: form.remindersEnabled,
          nudgesEnabled: form.nudgesEnabled,
          weeklyDigest: form.weeklyDigest,
          subscribed: form.subscribed,
          quietHoursStart: timeToMinutes(quietStart),
          quietHoursEnd: timeToMinutes(quietEnd),
        },
      });
      await preferences.reload();
      setSaved(true);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section aria-labelledby="preferences-heading" className="card">
      <h2 id="preferences-heading">Reminder preferences</h2>
      <form onSubmit={submit}>
        <ErrorMessage error={error} title="Could not save" />
        <fieldset>
          <legend>Channels</legend>
          <CheckboxField label="E-mail" checked={form.emailEnabled} onChange={toggle('emailEnabled')} />
          <CheckboxField label={`Discord direct message${form.discordLinked ? '' : ' (link your account below first)'}`} checked={form.discordEnabled} onChange={toggle('discordEnabled')} />
        </fieldset>
        <fieldset>
          <legend>What to send</legend>
          <CheckboxField label="Reminders before sessions I am enrolled in" checked={form.remindersEnabled} onChange={toggle('remindersEnabled')} />
          <CheckboxField label="Nudges to finish a series I started" checked={form.nudgesEnabled} onChange={toggle('nudgesEnabled')} />
          <CheckboxField label="A weekly digest" checked={form.weeklyDigest} onChange={toggle('weeklyDigest')} />
          <CheckboxField label="Any messages at all (untick to unsubscribe from everything)" checked={form.subscribed} onChange={toggle('subscribed')} />
        </fieldset>
        <SelectField label="Time zone" value={timeZone} onChange={(event) => setTimeZone(event.target.value)} error={fieldError(error, 'timeZone')} hint="Reminder times and quiet hours follow it">
          {(TIME_ZONES.includes(timeZone) ? TIME_ZONES : [timeZone, ...TIME_ZONES]).map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
        <fieldset>
          <legend>Quiet hours (no messages between these times; leave both empty for none)</legend>
          <div className="inline-fields">
            <TextField label="From" type="time" value={quietStart} onChange={(event) => setQuietStart(event.target.value)} error={fieldError(error, 'quietHoursStart')} />
            <TextField label="Until" type="time" value={quietEnd} onChange={(event) => setQuietEnd(event.target.value)} error={fieldError(error, 'quietHoursEnd')} />
          </div>
        </fieldset>
        <button type="submit">Save preferences</button>
        <Notice tone="success">{saved ? 'Preferences saved.' : null}</Notice>
      </form>
    </section>
  );
}

function DiscordLinking() {
  const link = useApi<DiscordLink>('/me/discord-link');
  const [code, setCode] = useState<DiscordLinkCode>();
  const [error, setError] = useState<unknown>();

  const getCode = async () => {
    setError(undefined);
    try {
      setCode(await api.request<DiscordLinkCode>('/me/discord-link-code', { method: 'POST' }));
    } catch (caught) {
      setError(caught);
    }
  };
  const unlink = async () => {
    setError(undefined);
    try {
      await api.request('/me/discord-link', { method: 'DELETE' });
      setCode(undefined);
      await link.reload();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section aria-labelledby="discord-heading" className="card">
      <h2 id="discord-heading">Discord account</h2>
      <ErrorMessage error={error ?? link.error} title="Discord linking failed" />
      {link.data?.linked ? (
        <>
          <p>
            Linked to Discord user <code>{link.data.discordUserId}</code>
            {link.data.linkedAt ? ` since ${formatDateTime(link.data.linkedAt)}` : ''}.
          </p>
          <button type="button" className="secondary" onClick={unlink}>
            Unlink Discord
          </button>
        </>
      ) : (
        <>
          <p>Link your Discord account to get reminders as direct messages and to ask the bot about your progress.</p>
          <button type="button" onClick={getCode}>
            {code ? 'Get a new code' : 'Get a linking code'}
          </button>
          {code && (
            <div className="link-code" role="status">
              <p>
                Your one-time code: <strong className="code">{code.code}</strong>
              </p>
              <p>
                In Discord, send <code>{code.command}</code> to the Stacks bot before {formatDateTime(code.expiresAt)}.
              </p>
            </div>
          )}
          <button type="button" className="link-button" onClick={() => void link.reload()}>
            I have sent it: check again
          </button>
        </>
      )}
    </section>
  );
}
