import type { Page, Resource, ResourceKind } from '../api/types';
import { useApi } from '../app/use-api';
import { ErrorMessage } from './ui';

export const RESOURCE_KIND_LABEL: Record<ResourceKind, string> = {
  WORKSHEET: 'Worksheet',
  CONVERSATION_GUIDE: 'Conversation guide',
  BOOKLIST: 'Booklist',
  RECORDING: 'Recording',
  OTHER: 'Resource',
};

const size = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** A program's or session's free materials: a link, a download, or (when the documents name no address) just what exists. */
export function ResourceList({ program, session, heading = 'Resources' }: { program?: string; session?: string; heading?: string }) {
  const query = new URLSearchParams({ limit: '50', ...(program ? { program } : {}), ...(session ? { session } : {}) });
  const resources = useApi<Page<Resource>>(`/resources?${query.toString()}`);
  const headingId = `resources-${program ?? session ?? 'all'}`;
  // An optional section: it appears once there is something to show (or an error to report).
  if (!resources.error && (!resources.data || resources.data.items.length === 0)) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ErrorMessage error={resources.error} title="Could not load the resources" />
      <ul className="card-list">
        {resources.data?.items.map((resource) => (
          <li key={resource.id}>
            <article aria-label={resource.title}>
              <h3>{resource.title}</h3>
              <p className="muted">{RESOURCE_KIND_LABEL[resource.kind]}{resource.audience ? ` · ${resource.audience}` : ''}</p>
              {resource.description && <p>{resource.description}</p>}
              {resource.file ? (
                <a href={resource.file.downloadPath} download>
                  Download {resource.file.name} ({size(resource.file.size)})
                </a>
              ) : resource.url ? (
                <a href={resource.url} rel="noopener noreferrer">
                  Open {resource.title}
                </a>
              ) : (
                <p className="muted">Ask the program’s organisers for a copy.</p>
              )}
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
