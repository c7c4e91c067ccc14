import { type FormEvent, useState } from 'react';
import { api } from '../../api/client';
import type { AttendanceImportReport, ProgramDetail } from '../../api/types';
import { usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { ErrorMessage, Notice, PageHeading, SelectField, TextAreaField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';
import { ProgramPicker } from './ProgramPicker';
import { useSubmit } from '../../app/use-submit';

const count = (n: number, noun: string, plural = `${noun}s`) => `${n} ${n === 1 ? noun : plural}`;

export function AdminAttendancePage() {
  usePageTitle('Attendance import');
  const [programSlug, setProgramSlug] = useState('');
  const [session, setSession] = useState('');
  const [csv, setCsv] = useState('');
  // The file as downloaded, sent as bytes: a Teams report is UTF-16, which the server decodes.
  const [file, setFile] = useState<File>();
  const [preview, setPreview] = useState<AttendanceImportReport>();
  const [applied, setApplied] = useState<AttendanceImportReport>();
  const program = useApi<ProgramDetail>(programSlug ? `/programs/${programSlug}` : null);
  const submit = useSubmit();

  const upload = (dryRun: boolean) =>
    api.request<AttendanceImportReport>(`/admin/sessions/${session}/attendance-imports?dryRun=${dryRun}`, {
      method: 'POST',
      body: file ?? csv,
      contentType: 'text/csv',
    });

  const runPreview = async (event: FormEvent) => {
    event.preventDefault();
    setApplied(undefined);
    await submit.run(async () => {
      const report = await upload(true);
      setPreview(report);
      return (
        `Preview ready (${report.formatName}): ${count(report.validLearners, 'learner')} can be recorded, ` +
        `${count(report.pendingCount, 'address', 'addresses')} without an account, ${count(report.errors.length, 'row')} with problems. Nothing is saved yet.`
      );
    });
  };
  const apply = async () => {
    await submit.run(async () => {
      const report = await upload(false);
      setApplied(report);
      setPreview(undefined);
      return (
        `Imported: ${report.recorded} recorded, ${report.unchanged} already known, ${count(report.newlyCompleted, 'session')} newly completed, ` +
        `${report.unlocked} series unlocked, ${report.pendingCount} kept until someone registers with that address.`
      );
    });
  };
  const chooseFile = (chosen: File | undefined) => {
    setFile(chosen);
    setCsv('');
    setPreview(undefined);
  };

  return (
    <>
      <AdminCrumb />
      <PageHeading>Attendance import</PageHeading>
      <p className="lede">
        Upload the attendance report exactly as your webinar platform exports it: Zoom (webinar attendee or meeting participants report), Microsoft
        Teams, Webex or GoToWebinar, or a CSV with an email column. Preview first: every row is checked and problems are listed with their line.
      </p>
      <form onSubmit={runPreview} className="card">
        <ProgramPicker value={programSlug} onChange={(slug) => { setProgramSlug(slug); setSession(''); }} />
        <SelectField label="Session" required value={session} onChange={(event) => setSession(event.target.value)} disabled={!program.data}>
          <option value="">Choose a session</option>
          {program.data?.sessions.map((item) => (
            <option key={item.slug} value={item.slug}>
              {item.title}
            </option>
          ))}
        </SelectField>
        <div className="field">
          <label htmlFor="attendance-file">Attendance report file</label>
          <input id="attendance-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" onChange={(event) => chooseFile(event.target.files?.[0] ?? undefined)} />
        </div>
        <TextAreaField
          label="…or paste the CSV"
          rows={8}
          value={csv}
          disabled={file !== undefined}
          onChange={(event) => {
            setCsv(event.target.value);
            setPreview(undefined);
          }}
          hint={file ? `Sending the file ${file.name}` : 'Columns are recognised by name: email, name, join and leave time or minutes attended'}
        />
        <button type="submit" disabled={submit.busy || !session || (!file && !csv.trim())}>
          Preview (dry run)
        </button>
      </form>
      <ErrorMessage error={submit.error} title="Import failed" />
      <Notice tone="success">{submit.message}</Notice>
      {preview && <ImportReport report={preview} onApply={apply} busy={submit.busy} />}
      {applied && <ImportReport report={applied} />}
    </>
  );
}

function ImportReport({ report, onApply, busy }: { report: AttendanceImportReport; onApply?: () => void; busy?: boolean }) {
  return (
    <section className="card" aria-labelledby="report-heading">
      <h2 id="report-heading">{report.dryRun ? 'Preview' : 'Import result'}</h2>
      <dl className="facts">
        <dt>Format</dt>
        <dd>
          {report.formatName}
          {report.section ? ` (section “${report.section}”)` : ''}
        </dd>
        <dt>Attendee rows in the file</dt>
        <dd>{report.totalRecords}</dd>
        <dt>Learners matched</dt>
        <dd>{report.validLearners}</dd>
        <dt>{report.dryRun ? 'Would be recorded' : 'Recorded'}</dt>
        <dd>{report.recorded}</dd>
        <dt>Already recorded</dt>
        <dd>{report.unchanged}</dd>
        <dt>{report.dryRun ? 'Would complete the session' : 'Completed the session'}</dt>
        <dd>{report.newlyCompleted}</dd>
        <dt>Hosts, panelists and presenters (not counted)</dt>
        <dd>{report.staffRecords}</dd>
        <dt>Registered but did not attend (skipped)</dt>
        <dd>{report.absentRecords}</dd>
        <dt>Addresses without an account</dt>
        <dd>{report.pendingCount}</dd>
      </dl>
      {report.pending.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Attendees without an account">
          <table>
            <caption>
              Attendees without an account: kept as pending and credited when someone registers and verifies that e-mail address
              {report.pendingCount > report.pending.length ? ` (first ${report.pending.length} of ${report.pendingCount})` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">E-mail</th>
                <th scope="col">Name</th>
                <th scope="col">Minutes</th>
              </tr>
            </thead>
            <tbody>
              {report.pending.map((row) => (
                <tr key={row.email}>
                  <td>{row.line}</td>
                  <td>{row.email}</td>
                  <td>{row.name ?? ''}</td>
                  <td>{row.minutesAttended}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {report.errors.length > 0 && (
        <div className="table-scroll" tabIndex={0} role="region" aria-label="Rows with problems">
          <table>
            <caption>Rows with problems (they are skipped)</caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {report.errors.map((error) => (
                <tr key={`${error.line}-${error.field}-${error.rule}`}>
                  <td>{error.line}</td>
                  <td>{error.field}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {onApply && (
        <button type="button" onClick={onApply} disabled={busy || report.validLearners + report.pendingCount === 0}>
          Apply: {count(report.validLearners, 'learner')}, {count(report.pendingCount, 'pending address', 'pending addresses')}
        </button>
      )}
    </section>
  );
}
