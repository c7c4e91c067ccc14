import { AnsweringEngine, type Answer, type AnsweringOptions } from './engine.js';
import type { CatalogueSnapshot } from './snapshot.js';

/** Where the catalogue comes from: a cheap version check and a full load. */
export interface SnapshotSource {
  version(): Promise<string>;
  load(): Promise<CatalogueSnapshot>;
}

export interface LiveAnswererOptions extends AnsweringOptions {
  /** How often (at most) to ask the source whether the catalogue changed. */
  checkEveryMs?: number;
  /** Told when a check or reload fails; answers keep coming from the last good index. */
  onError?: (error: unknown) => void;
  /** Told when the index was rebuilt for a new catalogue version. */
  onRefresh?: (version: string) => void;
  /** Told after every successful check, changed or not (e.g. to note that an outage ended). */
  onCheck?: () => void;
}

/**
 * An engine that follows the catalogue: before answering it checks the source's version (at most once
 * per `checkEveryMs`, one check at a time) and rebuilds the index when the version moved.
 */
export class LiveAnswerer {
  readonly engine: AnsweringEngine;
  private lastCheck: number;
  private inFlight: Promise<void> | null = null;
  /** Whether the last check reached the source. */
  private healthy = true;
  private readonly checkEveryMs: number;
  private readonly monotonic: () => number;

  /**
   * @param initialHealthy false when `initial` is a fallback because the source failed: answers then
   *   never wait for checks until one succeeds.
   */
  constructor(
    initial: CatalogueSnapshot,
    private readonly source: SnapshotSource | null,
    private readonly options: LiveAnswererOptions = {},
    monotonic: () => number = () => performance.now(),
    initialHealthy = true,
  ) {
    this.engine = new AnsweringEngine(initial, options);
    this.checkEveryMs = options.checkEveryMs ?? 60_000;
    this.monotonic = monotonic;
    this.lastCheck = monotonic();
    this.healthy = initialHealthy;
  }

  async answer(question: string): Promise<Answer> {
    await this.refreshIfDue();
    return this.engine.answerSync(question);
  }

  async answerTopic(entryId: string, question?: string): Promise<Answer | null> {
    await this.refreshIfDue();
    return this.engine.answerTopic(entryId, question);
  }

  passages(question: string, limit: number) {
    return this.engine.passages(question, limit);
  }

  /** Checks now (used by the interval and by tests); resolves once any rebuild is done. */
  refreshNow(): Promise<void> {
    if (!this.source) return Promise.resolve();
    this.inFlight ??= this.check().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async refreshIfDue(): Promise<void> {
    if (!this.source || this.monotonic() - this.lastCheck < this.checkEveryMs) {
      return this.healthy ? (this.inFlight ?? undefined) : undefined;
    }
    const check = this.refreshNow();
    // With a healthy source the answer waits for the (cheap) check so it reflects the latest catalogue;
    // while the source is failing it must not wait on connection timeouts: answer from the last index.
    return this.healthy ? check : undefined;
  }

  private async check(): Promise<void> {
    this.lastCheck = this.monotonic();
    try {
      const source = this.source as SnapshotSource;
      if ((await source.version()) !== this.engine.version) {
        const snapshot = await source.load();
        if (this.engine.refresh(snapshot)) this.options.onRefresh?.(snapshot.version);
      }
      this.healthy = true;
      this.options.onCheck?.();
    } catch (error) {
      this.healthy = false;
      this.options.onError?.(error);
    }
  }
}
