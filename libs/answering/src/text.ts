import { stemmer } from 'stemmer';
import { dictionaryForm, isEnglishWord } from './lexicon.js';

/** Lower case, accents folded ("Día" → "dia"), apostrophes dropped ("children's" → "childrens"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '');
}

/**
 * Acronyms and alternative names, each mapped to words that appear in the catalogue. A question that
 * uses the left side is searched with the right side too. Keys are folded text; multi-word keys match
 * as phrases.
 */
export const SYNONYMS: ReadonlyArray<readonly [string, string]> = [
  ['ndorh', 'national day of racial healing'],
  ['ltc', 'libraries transforming communities'],
  ['mfc', 'models for change'],
  ['alsc', 'association for library service to children'],
  ['ala', 'american library association'],
  ['ppo', 'public programs office'],
  ['trht', 'truth racial healing transformation'],
  ['wkkf', 'kellogg foundation'],
  ['kellogg', 'wkkf'],
  ['ncdd', 'national coalition for dialogue deliberation'],
  ['imls', 'institute of museum and library services'],
  ['odlos', 'office for diversity literacy and outreach services'],
  ['nif', 'national issues forums'],
  ['yma', 'youth media awards'],
  ['llx', 'library learning experience'],
  ['edi', 'equity diversity inclusion'],
  ['edisj', 'equity diversity inclusion social justice'],
  ['dei', 'equity diversity inclusion'],
  ['dia de los ninos', 'dia'],
  ['dia de los libros', 'dia'],
  ['el dia', 'dia'],
  ['childrens day', 'dia'],
  ['book day', 'dia'],
  ['gates', 'bill melinda gates foundation'],
  ['harwood', 'harwood institute public innovation'],
  ['turning outward', 'harwood'],
  ['midwinter', 'midwinter meeting'],
  ['day to heal', 'thedaytoheal national day of healing'],
  ['mlk', 'martin luther king'],
  ['webinars', 'webinar'],
  ['badge', 'badge unlock complete'],
  ['badges', 'badge unlock complete'],
  ['certificate', 'badge unlock complete'],
  ['ballot', 'elections vote'],
  ['vote', 'elections ballot'],
  ['recording', 'recorded on-demand'],
  ['recordings', 'recorded on-demand'],
  ['cost', 'free charge'],
  ['price', 'free charge'],
  ['fee', 'free charge'],
  ['pays', 'fund funder grant'],
  ['paid', 'fund funder grant'],
  ['sponsor', 'fund funder grant'],
  ['sponsors', 'fund funder grant'],
  ['sponsored', 'fund funder grant'],
  ['financed', 'fund funder grant'],
  ['bankrolled', 'fund funder grant'],
  ['money', 'fund funder grant'],
  ['phone', 'call extension'],
  ['telephone', 'call extension'],
];

/**
 * Acronyms also work backwards: a question that spells out "American Library Association" finds what
 * is written as "ALA". An acronym is a one-word key whose expansion's initials spell it.
 */
const REVERSED_ACRONYMS: ReadonlyArray<readonly [string, string]> = SYNONYMS.filter(([from, to]) => {
  const words = to.split(' ');
  if (from.includes(' ') || words.length < 2) return false;
  const initials = (list: string[]) => list.map((word) => word[0]).join('');
  return initials(words) === from || initials(words.filter((word) => !['of', 'and', 'for', 'to', 'the', 'de', 'los'].includes(word))) === from;
}).map(([from, to]) => [to, from] as const);

/** Every alternative name, both directions for acronyms. */
export const SYNONYM_PAIRS: ReadonlyArray<readonly [string, string]> = [...SYNONYMS, ...REVERSED_ACRONYMS];

/** Words that carry no topic on their own; dropped from questions before searching. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
  ...`a about again all also am an and any anyone are as at be been being but by can could
  did do does doing for from get got had has have having he her here hers him his how i if in into is it
  its just know let like me more most my no nor not now of off on once only or our out over please
  she should so some such tell than that the their them then there these they this those through to too
  under up us very was we were what whats when where which while who whom why will with would you your
  yours hi hello hey thanks thank anything something someone give show find need want
  wanted question questions ask asking say said theres ok okay yet still currently going stand stands mean means meaning much
  remind wondering wonder curious btw pls plz guys name names named list enumerate
  actually even exactly really basically ever kinda sorta gonna wanna stuff thing things lol maybe perhaps probably
  somewhere anyway though sorry wants think trying figure
  im ive id ill youre youve dont doesnt didnt cant isnt arent wasnt wont wheres whos hows whens thats theres lets
  havent hasnt hadnt werent wouldnt couldnt shouldnt aint theyre weve youd`.split(/\s+/).filter(Boolean),
    // Single letters carry no topic; in chat they stand for short words ("r" are, "u" you, "n" and, "w" with).
    ...'abcdefghijklmnopqrstuvwxyz'.split(''),
  ],
);

const synonymPatterns = SYNONYM_PAIRS.map(([from, to]) => ({ pattern: new RegExp(`\\b${from}\\b`, 'g'), to }));

/** The question with every known acronym or alternative name followed by what it stands for. */
export function expandSynonyms(foldedText: string): string {
  let extra = '';
  for (const { pattern, to } of synonymPatterns) {
    pattern.lastIndex = 0;
    if (pattern.test(foldedText)) extra += ` ${to}`;
  }
  return extra ? `${foldedText} ${extra}` : foldedText;
}

/** Splits folded text into word tokens (letters, digits, # hashtags). */
export function tokenize(text: string): string[] {
  return foldText(text).match(/#?[a-z0-9]+/g) ?? [];
}

/** One searchable term: stemmed, hashtags keep their mark so "#alayma" stays distinct. */
const stems = new Map<string, string>();
const STEM_CACHE_LIMIT = 50_000;

/** British endings and their American spellings; a word is respelt only when WordNet knows the result. */
const AMERICAN_ENDINGS: [RegExp, string][] = [
  [/is(e|es|ed|ing|er|ers|ation|ations)$/, 'iz$1'],
  [/yse(s|d)?$/, 'yze$1'],
  [/(.{3,})our(s|ed|ing|ite|ites|able)?$/, '$1or$2'],
  [/tre(s)?$/, 'ter$1'],
  [/ogue(s)?$/, 'og$1'],
];

/**
 * A word's American spelling when it is a British one ("organisation" → "organization", "behaviour" →
 * "behavior", "centre" → "center", "catalogue" → "catalog"), so members who type either spelling find
 * text written in the other; words that only look British ("promise", "tour", "genre") stay.
 */
export function americanSpelling(token: string): string {
  if (token.length < 5 || !/^[a-z]+$/.test(token)) return token;
  for (const [ending, american] of AMERICAN_ENDINGS) {
    if (!ending.test(token)) continue;
    const respelt = token.replace(ending, american);
    if (respelt !== token && isEnglishWord(respelt)) return respelt;
  }
  return token;
}

export function stemTerm(token: string): string {
  if (token.startsWith('#') || /^\d+$/.test(token)) return token;
  let stem = stems.get(token);
  if (stem === undefined) {
    // Catalogue text repeats the same words thousands of times; stemming each once halves build time.
    if (stems.size >= STEM_CACHE_LIMIT) stems.clear();
    // The dictionary form first, so irregular forms meet their base ("ran"/"run", "led"/"lead", "held"/"hold").
    stem = stemmer(dictionaryForm(americanSpelling(token)));
    stems.set(token, stem);
  }
  return stem;
}

/** Index-side processing of a token from `tokenize` (already folded): stop words dropped, the rest stemmed. */
export function processIndexTerm(token: string): string | null {
  if (!token || STOP_WORDS.has(token)) return null;
  return stemTerm(token);
}

/** Weight of a word that only comes from a synonym's expansion when the asker's own word is indexed too. */
export const EXPANSION_WEIGHT = 0.2;

/**
 * The content terms of a question, stemmed, each with its weight. Expansion words count for little
 * when the asker's own word (say "ALSC") is in the index anyway, and fully when it is not (say
 * "niños"), since then they are the only way to find the topic.
 */
export function weightedQuestionTerms(question: string, isIndexed: (term: string) => boolean = () => true): Map<string, number> {
  const folded = foldText(question);
  const weights = new Map<string, number>();
  for (const token of tokenize(folded)) {
    if (!STOP_WORDS.has(token)) weights.set(stemTerm(token), 1);
  }
  for (const { pattern, to } of synonymPatterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(folded);
    if (!match) continue;
    const ownTerms = tokenize(match[0]).filter((token) => !STOP_WORDS.has(token)).map(stemTerm);
    const weight = ownTerms.length > 0 && ownTerms.every(isIndexed) ? EXPANSION_WEIGHT : 1;
    for (const token of tokenize(to)) {
      const term = stemTerm(token);
      if (!STOP_WORDS.has(token) && !weights.has(term)) weights.set(term, weight);
    }
  }
  return weights;
}

/** The content terms of a question, stemmed, without duplicates (expansions included). */
export function questionTerms(question: string): string[] {
  return [...weightedQuestionTerms(question).keys()];
}
