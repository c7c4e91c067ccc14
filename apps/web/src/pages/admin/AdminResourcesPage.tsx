import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../../api/client';
import type { LibraryType, Page, ProgramDetail, Resource, ResourceKind } from '../../api/types';
import { usePageTitle } from '../../app/router';
import { useApi } from '../../app/use-api';
import { useSubmit } from '../../app/use-submit';
import { LIBRARY_TYPE_LABEL } from '../../components/format';
import { RESOURCE_KIND_LABEL } from '../../components/ResourceList';
import { CheckboxField, EnumOptions, ErrorMessage, fieldError, Loading, Notice, PageHeading, SelectField, TextAreaField, TextField } from '../../components/ui';
import { AdminCrumb } from './AdminHomePage';
import { ProgramPicker } from './ProgramPicker';

const KIND_OPTIONS: Record<ResourceKind, string> = { ...RESOURCE_KIND_LABEL, OTHER: 'Other' };
const FILE_ACCEPT = '.pdf,.docx,.pptx,.xlsx,.png,.jpg,.jpeg,.mp3,.mp4';
const FILE_HINT = 'PDF, Word, PowerPoint, Excel, PNG, JPEG, MP3 or MP4; what the file is gets checked from its bytes.';

const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);

const sizeOf = (bytes: number) => (bytes >= 1_048_576 ? `${(bytes / 1_048_576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** Sends a file as the raw body; the API decides what it is from its bytes. */
export const uploadResourceFile = (slug: string, file: File) =>
  api.request<Resource>(`/admin/resources/${encodeURIComponent(slug)}/file?fileName=${encodeURIComponent(file.name)}`, {
    method: 'PUT',
    body: file,
    contentType: 'application/octet-stream',
  });

/** The message for the file input: the API names `file` (type, size) or `fileName` (the name). */
const fileError = (error: unknown) => fieldError(error, 'file') ?? fieldError(error, 'fileName') ?? fieldError(error, 'body');

/** Staff add program and session materials (worksheets, guides, booklists, recordings) as links or uploaded files. */
export function AdminResourcesPage() {
  usePageTitle('Resources');
  const resources = useApi<Page<Resource>>('/resources?limit=100');
  return (
    <>
      <AdminCrumb />
      <PageHeading>Resources</PageHeading>
      <p className="lede">Worksheets, conversation guides, booklists and recordings attached to a program or one of its sessions, as a link or an uploaded file.</p>
      <CreateResourceForm onCreated={() => void resources.reload()} />
      <section aria-labelledby="resource-list-heading">
        <h2 id="resource-list-heading">All resources</h2>
        {resources.loading && !resources.data && <Loading what="the resources" />}
        <ErrorMessage error={resources.error} title="Could not load the resources" />
        {resources.data?.items.length === 0 && <p className="empty">No resources yet.</p>}
        <ul className="card-list">
          {resources.data?.items.map((resource) => (
            <li key={resource.id}>
              <ResourceCard resource={resource} onChanged={() => void resources.reload()} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function CreateResourceForm({ onCreated }: { onCreated: () => void }) {
  const [title, setTitle] = useState('');
  const [slug, setSlug] = useState('');
  const [slugEdited, setSlugEdited] = useState(false);
  const [kind, setKind] = useState<ResourceKind>('WORKSHEET');
  const [description, setDescription] = useState('');
  const [url, setUrl] = useState('');
  const [audience, setAudience] = useState('');
  const [libraryTypes, setLibraryTypes] = useState<LibraryType[]>([]);
  const [program, setProgram] = useState('');
  const [session, setSession] = useState('');
  const [file, setFile] = useState<File>();
  const [formKey, setFormKey] = useState(0);
  const programDetail = useApi<ProgramDetail>(program ? `/programs/${program}` : null);
  const submit = useSubmit();

  const toggleType = (type: LibraryType, on: boolean) => setLibraryTypes((current) => (on ? [...current, type] : current.filter((item) => item !== type)));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await submit.run(async () => {
      const body = {
        slug: slug || slugOf(title),
        title: title.trim(),
        kind,
        ...(description.trim() ? { description: description.trim() } : {}),
        ...(url.trim() ? { url: url.trim() } : {}),
        ...(audience.trim() ? { audience: audience.trim() } : {}),
        ...(libraryTypes.length > 0 ? { libraryTypes } : {}),
        ...(program ? { program } : {}),
        ...(session ? { session } : {}),
      };
      const created = await api.request<Resource>('/admin/resources', { method: 'POST', body });
      if (file) {
        try {
          await uploadResourceFile(created.slug, file);
        } catch (error) {
          onCreated();
          // The resource exists; only its file was refused. Say so, with the API's reason by the file input.
          if (error instanceof ApiError) throw new ApiError(error.status, { ...error.problem, detail: `${created.title} was added, but its file was refused: ${error.problem.detail ?? error.problem.title}` });
          throw error;
        }
      }
      return file ? `${created.title} was added with its file ${file.name}.` : `${created.title} was added.`;
    });
    if (ok) {
      setTitle('');
      setSlug('');
      setSlugEdited(false);
      setDescription('');
      setUrl('');
      setAudience('');
      setLibraryTypes([]);
      setSession('');
      setFile(undefined);
      setFormKey((key) => key + 1);
      onCreated();
    }
  };

  return (
    <form onSubmit={create} className="card" aria-labelledby="new-resource-heading" noValidate>
      <h2 id="new-resource-heading">Add a resource</h2>
      <TextField
        label="Title"
        required
        maxLength={200}
        value={title}
        onChange={(event) => {
          setTitle(event.target.value);
          if (!slugEdited) setSlug(slugOf(event.target.value));
        }}
        error={fieldError(submit.error, 'title')}
      />
      <TextField
        label="Slug"
        hint="Lowercase words joined by hyphens; part of the resource's address"
        required
        maxLength={120}
        value={slug}
        onChange={(event) => {
          setSlug(event.target.value);
          setSlugEdited(true);
        }}
        error={fieldError(submit.error, 'slug')}
      />
      <SelectField label="Kind" value={kind} onChange={(event) => setKind(event.target.value as ResourceKind)} error={fieldError(submit.error, 'kind')}>
        <EnumOptions labels={KIND_OPTIONS} />
      </SelectField>
      <TextAreaField label="Description" maxLength={2000} value={description} onChange={(event) => setDescription(event.target.value)} error={fieldError(submit.error, 'description')} />
      <ProgramPicker
        value={program}
        onChange={(slugValue) => {
          setProgram(slugValue);
          setSession('');
        }}
      />
      {fieldError(submit.error, 'program') && (
        <p className="field-error" role="alert">
          {fieldError(submit.error, 'program')}
        </p>
      )}
      <SelectField label="Session (optional)" hint="For material of one session; leave empty for the whole program" value={session} onChange={(event) => setSession(event.target.value)} disabled={!programDetail.data} error={fieldError(submit.error, 'session')}>
        <option value="">The whole program</option>
        {programDetail.data?.sessions.map((item) => (
          <option key={item.slug} value={item.slug}>
            {item.title}
          </option>
        ))}
      </SelectField>
      <TextField label="Link" type="url" hint="An https address; leave empty to upload a file instead" maxLength={2000} value={url} onChange={(event) => setUrl(event.target.value)} error={fieldError(submit.error, 'url')} />
      <TextField
        key={formKey}
        label="File"
        type="file"
        accept={FILE_ACCEPT}
        hint={FILE_HINT}
        onChange={(event) => setFile(event.target.files?.[0] ?? undefined)}
        error={fileError(submit.error)}
      />
      <TextField label="Audience" hint="Who it is for, e.g. Children and families" maxLength={200} value={audience} onChange={(event) => setAudience(event.target.value)} error={fieldError(submit.error, 'audience')} />
      <fieldset>
        <legend>Library types</legend>
        {(Object.keys(LIBRARY_TYPE_LABEL) as LibraryType[]).map((type) => (
          <CheckboxField key={type} label={LIBRARY_TYPE_LABEL[type]} checked={libraryTypes.includes(type)} onChange={(event) => toggleType(type, event.target.checked)} />
        ))}
        {fieldError(submit.error, 'libraryTypes') && <p className="field-error">{fieldError(submit.error, 'libraryTypes')}</p>}
      </fieldset>
      <button type="submit" disabled={submit.busy || !title.trim() || !program}>
        Add the resource
      </button>
      <Notice tone="success">{submit.message}</Notice>
      <ErrorMessage error={submit.error} title="The resource was not added" />
    </form>
  );
}

function ResourceCard({ resource, onChanged }: { resource: Resource; onChanged: () => void }) {
  const [file, setFile] = useState<File>();
  const submit = useSubmit();
  const upload = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const ok = await submit.run(async () => {
      const updated = await uploadResourceFile(resource.slug, file);
      return `Uploaded ${updated.file?.name ?? file.name} (${updated.file?.mediaType ?? 'file'}).`;
    });
    if (ok) onChanged();
  };
  return (
    <article aria-label={resource.title}>
      <h3>{resource.title}</h3>
      <p className="muted">
        {KIND_OPTIONS[resource.kind]}
        {resource.program ? ` · program ${resource.program}` : ''}
        {resource.session ? ` · session ${resource.session}` : ''}
        {resource.audience ? ` · ${resource.audience}` : ''}
        {resource.libraryTypes.length > 0 ? ` · ${resource.libraryTypes.map((type) => LIBRARY_TYPE_LABEL[type]).join(', ')} libraries` : ''}
      </p>
      {resource.file ? (
        <p>
          <a href={resource.file.downloadPath} download>
            {resource.file.name}
          </a>{' '}
          ({resource.file.mediaType}, {sizeOf(resource.file.size)})
        </p>
      ) : resource.url ? (
        <p>
          <a href={resource.url} rel="noopener noreferrer">
            {resource.url}
          </a>
        </p>
      ) : (
        <p className="muted">No link or file yet.</p>
      )}
      <form onSubmit={upload}>
        <TextField label={resource.file ? `Replace the file of ${resource.title}` : `Upload a file for ${resource.title}`} type="file" accept={FILE_ACCEPT} onChange={(event) => setFile(event.target.files?.[0] ?? undefined)} error={fileError(submit.error)} />
        <button type="submit" disabled={submit.busy || !file}>
          Upload
        </button>
        <Notice tone="success">{submit.message}</Notice>
        <ErrorMessage error={submit.error} title="The file was not uploaded" />
      </form>
    </article>
  );
}
