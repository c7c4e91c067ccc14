import { useState } from 'react';
import type { ProgramDetail, SeriesFunnel } from '../../api/types';
import { usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { ErrorMessage, Loading, PageHeading, SelectField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';
import { ProgramPicker } from './ProgramPicker';

export function AdminFunnelPage() {
  usePageTitle('Series funnel');
  const [programSlug, setProgramSlug] = useState('ltc-models-for-change');
  const [series, setSeries] = useState('');
  const program = useApi<ProgramDetail>(programSlug ? `/programs/${programSlug}` : null);
  const chosen = series || program.data?.series[0]?.slug || '';
  const funnel = useApi<SeriesFunnel>(chosen ? `/admin/series/${chosen}/funnel` : null);
  return (
    <>
      <AdminCrumb />
      <PageHeading>Series funnel</PageHeading>
      <div className="inline-fields">
        <ProgramPicker value={programSlug} onChange={(slug) => { setProgramSlug(slug); setSeries(''); }} />
        <SelectField label="Series" value={chosen} onChange={(event) => setSeries(event.target.value)}>
          {program.data?.series.map((item) => (
            <option key={item.slug} value={item.slug}>
              {item.title}
            </option>
          ))}
        </SelectField>
      </div>
      <ErrorMessage error={funnel.error} title="Could not load the funnel" />
      {chosen && !funnel.data && !funnel.error && <Loading what="the funnel" />}
      {funnel.data && <FunnelChart funnel={funnel.data} title={program.data?.series.find((item) => item.slug === chosen)?.title ?? chosen} />}
    </>
  );
}

/** Horizontal SVG bars with their numbers written out; the same figures are in a table for screen readers. */
export function FunnelChart({ funnel, title }: { funnel: SeriesFunnel; title: string }) {
  const steps = [
    { label: 'Enrolled', value: funnel.enrolled },
    { label: 'Started', value: funnel.started },
    // Every count from 1 to all, so an empty step shows as a zero rather than disappearing.
    ...Array.from({ length: funnel.totalSessions }, (_, index) => index + 1).map((completed) => ({
      label: `${completed} of ${funnel.totalSessions} done`,
      value: funnel.byCompletedCount.find((step) => step.completed === completed)?.learners ?? 0,
    })),
    { label: 'Unlocked', value: funnel.unlocked },
  ];
  const max = Math.max(1, ...steps.map((step) => step.value));
  const rowHeight = 36;
  const labelWidth = 130;
  const barSpace = 360;
  return (
    <figure className="card funnel">
      <figcaption>
        <h2>{title}</h2>
      </figcaption>
      <svg role="img" aria-labelledby="funnel-title" viewBox={`0 0 ${labelWidth + barSpace + 60} ${steps.length * rowHeight}`} width="100%">
        <title id="funnel-title">{`Completion funnel: ${steps.map((step) => `${step.label} ${step.value}`).join(', ')}`}</title>
        {steps.map((step, index) => {
          const width = (step.value / max) * barSpace;
          const y = index * rowHeight;
          return (
            <g key={step.label}>
              <text x={labelWidth - 8} y={y + rowHeight / 2 + 5} textAnchor="end" className="funnel-label">
                {step.label}
              </text>
              <rect x={labelWidth} y={y + 6} width={Math.max(width, 2)} height={rowHeight - 12} className="funnel-bar" rx={3} />
              <text x={labelWidth + Math.max(width, 2) + 8} y={y + rowHeight / 2 + 5} className="funnel-value">
                {step.value}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>Learners at each step</caption>
        <tbody>
          {steps.map((step) => (
            <tr key={step.label}>
              <th scope="row">{step.label}</th>
              <td>{step.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
