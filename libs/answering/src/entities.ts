import type { CatalogueSnapshot } from './snapshot.js';
import { foldText, STOP_WORDS, stemTerm, tokenize } from './text.js';

/**
 * The names a question can call a program by: its title, its acronym, and the titles of its key
 * dates and series ("National Day of Healing" names the Libraries Respond program). Each name is
 * kept as its content stems.
 */
export type ProgramNames = Map<string, string[][]>;

function nameStems(text: string): string[] {
  return [...new Set(tokenize(foldText(text)).filter((token) => !STOP_WORDS.has(token)).map(stemTerm))];
}

export function programNames(snapshot: CatalogueSnapshot): ProgramNames {
  const names: ProgramNames = new Map();
  for (const program of snapshot.programs) {
    const candidates = [
      program.title,
      program.acronym ?? '',
      // The part after a colon is what members call a phase or sub-program ("Models for Change").
      program.title.includes(':') ? program.title.slice(program.title.indexOf(':') + 1) : '',
      ...program.keyDates.map((keyDate) => keyDate.title),
      ...program.series.map((series) => series.title),
    ];
    const stems = candidates.map(nameStems).filter((name) => name.length > 0);
    names.set(program.slug, stems);
  }
  return names;
}

/** How fully the question names a program: the IDF-weighted share of its best-matched name, and that name's matched weight. */
export interface NameMatch {
  share: number;
  weight: number;
}

export function matchName(names: readonly string[][], said: (stem: string) => boolean, idf: (stem: string) => number): NameMatch {
  let best: NameMatch = { share: 0, weight: 0 };
  for (const name of names) {
    let total = 0;
    let matched = 0;
    for (const stem of name) {
      const weight = idf(stem);
      total += weight;
      if (said(stem)) matched += weight;
    }
    const share = total > 0 ? matched / total : 0;
    if (share > best.share || (share === best.share && matched > best.weight)) best = { share, weight: matched };
  }
  return best;
}
