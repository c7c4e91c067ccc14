import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
import { ApiError } from '../api/client';

/** The page's one <h1>; focus lands on it after a navigation (tabIndex -1 keeps it out of the tab order). */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} data-page-heading>
      {children}
    </h1>
  );
}

/**
 * Polite announcements (saved, recorded) for everyone. The live region is always in the page and
 * only its content changes, which is what screen readers reliably announce.
 */
export function Notice({ children, tone = 'info' }: { children?: ReactNode; tone?: 'info' | 'success' }) {
  return <div role="status">{children ? <p className={`notice notice-${tone}`}>{children}</p> : null}</div>;
}

/** An API failure in words: the problem's detail and every field it named. */
export function ErrorMessage({ error, title = 'Something went wrong' }: { error: unknown; title?: string }) {
  if (!error) return null;
  const problem = error instanceof ApiError ? error.problem : undefined;
  const message = problem?.detail ?? (error instanceof Error ? error.message : String(error));
  return (
    <div className="error-box" role="alert">
      <p>
        <strong>{title}:</strong> {message}
      </p>
      {problem?.errors && problem.errors.length > 0 && (
        <ul>
          {problem.errors.map((violation) => (
            <li key={`${violation.field}-${violation.rule}`}>
              <code>{violation.field}</code>: {violation.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

interface FieldProps {
  label: string;
  hint?: string;
  error?: string;
}

/** Label, hint and error around one control, tied to it by id and aria-describedby. */
function Field({ label, hint, error, control }: FieldProps & { control: (aria: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({ label, hint, error, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return <Field label={label} hint={hint} error={error} control={(aria) => <input {...aria} {...input} />} />;
}

export function TextAreaField({ label, hint, error, ...input }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <Field label={label} hint={hint} error={error} control={(aria) => <textarea {...aria} {...input} />} />;
}

export function SelectField({ label, hint, error, children, ...select }: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field
      label={label}
      hint={hint}
      error={error}
      control={(aria) => (
        <select {...aria} {...select}>
          {children}
        </select>
      )}
    />
  );
}

/** <option>s for an enum, from its value → label table. */
export function EnumOptions({ labels }: { labels: Record<string, string> }) {
  return (
    <>
      {Object.entries(labels).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </>
  );
}

export function CheckboxField({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <div className="checkbox">
      <input id={id} type="checkbox" {...input} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** The API's message for a field, for showing next to it. */
export const fieldError = (error: unknown, field: string) => (error instanceof ApiError ? error.fieldMessage(field) : undefined);
