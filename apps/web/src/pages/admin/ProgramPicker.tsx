import type { Page, ProgramSummary } from '../../api/types';
import { useApi } from '../../app/use-api';
import { SelectField } from '../../components/ui';

/** Choose a program (admin pages work one program at a time). */
export function ProgramPicker({ value, onChange }: { value: string; onChange: (slug: string) => void }) {
  const programs = useApi<Page<ProgramSummary>>('/programs?limit=100');
  return (
    <SelectField label="Program" value={value} onChange={(event) => onChange(event.target.value)}>
      <option value="">Choose a program</option>
      {programs.data?.items.map((program) => (
        <option key={program.slug} value={program.slug}>
          {program.title}
        </option>
      ))}
    </SelectField>
  );
}
