import { LiveAnswerer, type SnapshotSource } from './live-answerer.js';
import type { CatalogueSnapshot } from './snapshot.js';
import { testCatalogue } from './testing-catalogue.js';

class ChangingSource implements SnapshotSource {
  versionChecks = 0;
  loads = 0;
  failing = false;
  constructor(public snapshot: CatalogueSnapshot) {}
  async version() {
    this.versionChecks += 1;
    if (this.failing) throw new Error('database down');
    return this.snapshot.version;
  }
  async load() {
    this.loads += 1;
    return this.snapshot;
  }
}

describe('LiveAnswerer', () => {
  it('checks the catalogue version at most once per interval and reloads only when it moved', async () => {
    let clock = 0;
    const source = new ChangingSource(testCatalogue());
    const errors: unknown[] = [];
    const live = new LiveAnswerer(testCatalogue(), source, { faq: [], checkEveryMs: 1000, onError: (error) => errors.push(error) }, () => clock);

    await live.answer('What is LTC?');
    expect(source.versionChecks).toBe(0);

    clock = 1500;
    await live.answer('What is LTC?');
    expect(source.versionChecks).toBe(1);
    expect(source.loads).toBe(0);

    source.snapshot = testCatalogue({ title: 'Libraries Reimagining Neighbourhoods', acronym: 'LRN' }, 'v2');
    clock = 3000;
    const [first, second] = await Promise.all([live.answer('What is LRN?'), live.answer('What is LRN?')]);
    expect(source.versionChecks).toBe(2);
    expect(source.loads).toBe(1);
    expect(first.answer).toContain('Libraries Reimagining Neighbourhoods');
    expect(second.answer).toContain('Libraries Reimagining Neighbourhoods');

    source.failing = true;
    clock = 5000;
    expect((await live.answer('What is LRN?')).answer).toContain('Libraries Reimagining Neighbourhoods');
    expect(errors).toHaveLength(1);
  });

  it('does not make answers wait for checks while the source is failing, and catches up once it recovers', async () => {
    let clock = 0;
    const source = new ChangingSource(testCatalogue({ title: 'Libraries Reimagining Neighbourhoods', acronym: 'LRN' }, 'v2'));
    let releaseVersion: () => void = () => undefined;
    source.version = () => new Promise<string>((resolve) => (releaseVersion = () => resolve('v2')));
    const live = new LiveAnswerer(testCatalogue(), source, { faq: [], checkEveryMs: 1000 }, () => clock, false);

    clock = 1500;
    // The check hangs (a black-holed database), yet the answer comes at once from the fallback index.
    expect((await live.answer('What is LTC?')).answer).toContain('Libraries Transforming Communities');
    releaseVersion();
    await live.refreshNow();
    expect(live.engine.version).toBe('v2');
    expect((await live.answer('What is LRN?')).answer).toContain('Libraries Reimagining Neighbourhoods');
  });
});
