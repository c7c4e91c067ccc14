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

/** What the question says, for matching names: every term it is searched by, and its own adjacent word pairs. */
export interface SaidTerms {
  /** Terms the question is searched by: its words, their expansions and spelling corrections. */
  terms: ReadonlySet<string> | ReadonlyMap<string, number>;
  /** The question's own content stems, as written. */
  literal: ReadonlySet<string>;
  /** Adjacent content-stem pairs of the question ("transform librari"). */
  pairs: ReadonlySet<string>;
}

/**
 * How fully the question names a program by one of its names. Words the question writes itself
 * must keep the name's order somewhere: "transforming libraries" does not name "Libraries
 * Transforming Communities" (an acronym, an expansion or a corrected spelling is taken as said).
 */
export function matchName(names: readonly string[][], said: SaidTerms, idf: (stem: string) => number): NameMatch {
  let best: NameMatch = { share: 0, weight: 0 };
  for (const name of names) {
    let total = 0;
    let matched = 0;
    const found: string[] = [];
    for (const stem of name) {
      const weight = idf(stem);
      total += weight;
      if (said.terms.has(stem)) {
        matched += weight;
        found.push(stem);
      }
    }
    let share = total > 0 ? matched / total : 0;
    if (found.length >= 2 && found.every((stem) => said.literal.has(stem)) && !inOrder(name, said.pairs)) share *= OUT_OF_ORDER_FACTOR;
    if (share > best.share || (share === best.share && matched > best.weight)) best = { share, weight: matched };
  }
  return best;
}

/** A name whose words the question scatters or reverses counts for this share of its match. */
const OUT_OF_ORDER_FACTOR = 0.5;

function inOrder(name: readonly string[], pairs: ReadonlySet<string>): boolean {
  for (let i = 1; i < name.length; i += 1) if (pairs.has(`${name[i - 1]} ${name[i]}`)) return true;
  return false;
}

/**
 * The names a question can call an organisation by (its name and acronym), as content stems, by
 * slug: "ALA's values" names the American Library Association, so an entry whose title names it is
 * about what was asked and an entry about another body is not.
 */
export function organisationNames(snapshot: CatalogueSnapshot): ProgramNames {
  const names: ProgramNames = new Map();
  for (const organization of snapshot.organizations) {
    const stems = [organization.name, organization.acronym ?? ''].map(nameStems).filter((name) => name.length > 0);
    names.set(organization.slug, stems);
  }
  return names;
}

/** A list item is named by its leading content words ("equitable access" for "equitable access to information and library services"). */
const SUBTOPIC_NAME_WORDS = 2;

/**
 * The sub-topics an answer lists, as content stems: "ALA's key action areas: advocacy; diversity; …;
 * transforming libraries." names eight areas, each of which may have an entry of its own. Items are
 * the parts between semicolons (numbered "(1) …" items included), without the lead-in before a colon
 * and the sentences after the last item, each named by its leading words.
 */
export function listedSubtopics(answer: string): string[][] {
  const parts = answer.split(';');
  if (parts.length < 3) return [];
  const items = parts.map((part, index) => {
    let item = part;
    if (index === 0 && item.includes(':')) item = item.slice(item.lastIndexOf(':') + 1);
    if (index === parts.length - 1) item = item.split(/(?<=[a-z)])\.(?:\s|$)/)[0];
    return item.replace(/\(\d+\)/g, ' ').replace(/^\s*(and|or)\s+/i, '');
  });
  return items.map((item) => nameStems(item).slice(0, SUBTOPIC_NAME_WORDS)).filter((stems) => stems.length > 0);
}

/** Whether the question says every word of a name, in its order when it writes two or more of them itself. */
export function saysWholeName(name: readonly string[], said: SaidTerms): boolean {
  if (!name.every((stem) => said.terms.has(stem))) return false;
  const literal = name.filter((stem) => said.literal.has(stem));
  return literal.length < 2 || inOrder(name, said.pairs);
}
