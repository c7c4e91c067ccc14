import { LiveAnswerer, withOptionalComposition } from '@stacks/answering';
import type { AppConfig } from '@stacks/config';
import { createPrismaClient, databaseSnapshotSource, seedCatalogueSnapshot } from '@stacks/db';
import type { Answerer } from './answerer.js';

export interface CatalogueAnswerer {
  answerer: Answerer;
  /** Where the answers come from, for the start-up log. */
  origin: 'database' | 'seed catalogue';
  close(): Promise<void>;
}

/**
 * The question-answering engine over the catalogue in PostgreSQL, following its changes. When the
 * database is unreachable at start it answers from the seed catalogue, and switches to the database
 * as soon as a later check reaches it.
 */
export async function createCatalogueAnswerer(config: AppConfig, log: (message: string) => void): Promise<CatalogueAnswerer> {
  const prisma = createPrismaClient(config.DATABASE_URL, { poolSize: 2, connectTimeoutMs: config.DATABASE_CONNECT_TIMEOUT_MS });
  const source = databaseSnapshotSource(prisma);
  let failing = false;
  const options = {
    checkEveryMs: config.ANSWERING_REFRESH_SECONDS * 1000,
    catalogueUrl: config.PUBLIC_BASE_URL,
    onRefresh: (version: string) => log(`Catalogue changed (version ${version.slice(0, 8)}): answer index rebuilt.`),
    onCheck: () => {
      if (failing) log('Catalogue reachable again.');
      failing = false;
    },
    // One line per outage, not one per check.
    onError: (error: unknown) => {
      if (!failing) log(`Catalogue check failed, answering from the last index: ${describe(error)}`);
      failing = true;
    },
  };
  let live: LiveAnswerer;
  let origin: CatalogueAnswerer['origin'] = 'database';
  try {
    live = new LiveAnswerer(await source.load(), source, options);
  } catch (error) {
    log(`Database unreachable (${describe(error)}): answering from the seed catalogue.`);
    failing = true;
    origin = 'seed catalogue';
    live = new LiveAnswerer(seedCatalogueSnapshot(), source, options, undefined, false);
  }
  const answerer = withOptionalComposition(live, {
    url: config.ANSWERING_LLM_URL,
    model: config.ANSWERING_LLM_MODEL,
    apiKey: config.ANSWERING_LLM_API_KEY,
    timeoutMs: config.ANSWERING_LLM_TIMEOUT_MS,
  });
  if (answerer.composing) log(`Answers are composed by ${config.ANSWERING_LLM_MODEL} from retrieved passages (retrieval is the fallback).`);
  return { answerer, origin, close: () => prisma.$disconnect() };
}

function describe(error: unknown): string {
  const text = error instanceof Error && error.message ? error.message : String((error as { code?: string })?.code ?? error?.constructor?.name ?? error);
  // Prisma puts the cause on the last line of a multi-line message.
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines[lines.length - 1] ?? 'unknown error';
}
