import MiniSearch, { type SearchResult } from 'minisearch';
import { answerTypesOf, askedAnswerType, type AnswerType } from './answer-types.js';
import { toldAsPastWhenOver } from './dates.js';
import { asksForList, detectIntents, detectTags } from './intents.js';
import { askedListPosition, itemAtPosition, type ListPosition } from './list-positions.js';
import { ASPECT_KEYWORDS, buildKnowledge, faqKnowledge, type AskedContext, type EntryAspect, type FaqEntry, type KnowledgeEntry, type SourceLink } from './knowledge.js';
import { listedSubtopics, matchName, organisationNames, programNames, saysWholeName, type ProgramNames, type SaidTerms } from './entities.js';
import { isEnglishWord, isMainlyNoun, nounCategories, nounRelatives, wordNetSynonyms } from './lexicon.js';
import type { CatalogueSnapshot } from './snapshot.js';
import { foldText, processIndexTerm, weightedQuestionTerms, STOP_WORDS, stemTerm, SYNONYM_PAIRS, tokenize } from './text.js';
import { FAQ } from './faq.js';

export interface Answer {
  question: string;
  answer: string;
  /** Titled links the answer comes from. */
  sources: SourceLink[];
  /**
   * 0..1, from measurable signals (see confidenceOf): how much of the question the chosen entry
   * covers, whether it is about the program the question names and answers the kind of question
   * asked. Below the threshold the engine declines and offers the closest topics.
   */
  confidence: number;
  /**
   * Close topics offered when the engine does not know, with the entry each stands for, so a member can
   * pick one (answerTopic). The answer text does not repeat them: each channel shows them its own way.
   */
  suggestedTopics?: SuggestedTopic[];
  /** With a confident answer: the next topics the question came close to, for when the answer is not what was meant. */
  relatedTopics?: SuggestedTopic[];
  /** Id of the knowledge entry the answer came from (absent when the engine declined). */
  entryId?: string;
}

/** A close topic offered when the engine is unsure, with the entry that answers it. */
export interface SuggestedTopic {
  entryId: string;
  topic: string;
}

export interface AnsweringOptions {
  /** Supplies "now" for time questions; tests and the eval pin it. */
  clock?: () => Date;
  /** Minimum confidence for an answer; below it the engine says it does not know. */
  minConfidence?: number;
  faq?: readonly FaqEntry[];
  /** The web app's base URL, for links to its catalogue pages. */
  catalogueUrl?: string;
}

/** How much a matching intent multiplies an entry's score. */
const INTENT_BOOST: Partial<Record<EntryAspect, number>> = {
  dates: 1.8,
  organisations: 1.8,
  audience: 1.6,
  unlock: 1.8,
  contact: 2.2,
  overview: 1.25,
};

const TAG_BOOST = 1.5;
/** A list question's boost for an answer listing at least MIN_LIST_ITEMS things. */
const LIST_BOOST = 1.4;
const MIN_LIST_ITEMS = 3;
/** A list question that says how many things it wants ("name all three parts") boosts an answer listing exactly that many. */
const COUNT_BOOST = 1.5;
/** An answer listing at least as many items as the place asked for ("the 7th strategy") beats one that cannot hold it. */
const LIST_POSITION_BOOST = 1.5;
const COUNT_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
/** Share of entries above which a word is too common to choose a quoted passage by. */
const PASSAGE_TERM_SHARE = 0.3;
/** An entry answering another kind of question than the (specific) one asked. */
const OTHER_ASPECT_FACTOR = 0.5;
/** Score factor by how a candidate relates to the program the question names (see EntitySignal). */
const ENTITY_FACTOR: Record<EntitySignal, number> = { match: 1.6, neutral: 0.8, other: 0.35, none: 1 };
/**
 * An entry whose title is a sub-topic the question names (one item of another entry's list: "the
 * transforming libraries action area") beats the list it is an item of, unless a list is asked for.
 */
const SUBTOPIC_FACTOR = 2;
/** An entry whose title names the organisation the question names ("ALA's core values") beats one that does not. */
const ORGANISATION_FACTOR = 1.4;
/** A program counts as named when the question says this share (IDF-weighted) of one of its names. */
const NAMED_SHARE = 0.5;
/** Programs named almost as fully as the best one are named too… */
const NAMED_SHARE_SLACK = 0.1;
/** …unless the best one's name matches by far more words. */
const NAMED_WEIGHT_SHARE = 0.8;
/** BM25 candidates re-ranked by coverage. */
const RERANK_DEPTH = 25;
const MATCH_CACHE_LIMIT = 10_000;
/** Share of entries above which a word is too common to search by (it still counts for coverage). */
const COMMON_TERM_SHARE = 0.4;
/**
 * Entries above which a word costs more to score than it helps choose the re-ranked candidates, in a
 * large catalogue ("applications" in every program's deadline entries): the rarer words find them.
 */
const SEARCH_TERM_ENTRY_LIMIT = 500;
const MIN_SEARCH_TERMS = 2;
/** Weight of the answer's own words in coverage; the rest comes from everything the entry is found by. */
const ANSWER_COVERAGE_SHARE = 0.6;
/** Share of a word's letters that may be wrong (rounded, at most 2) for a fuzzy match; words under 5 letters must match exactly or as a prefix. */
const FUZZINESS = 0.3;

interface IndexedEntry {
  entry: KnowledgeEntry;
  /** Every term the entry is found by. */
  terms: Set<string>;
  /** Terms of what the entry says back: its title, the kind of question it answers and its composed answer. */
  answerTerms: Set<string>;
  /** Terms of the title alone. */
  titleTerms: Set<string>;
  /** The kinds of thing its answer holds (a date, a number, a place), for questions that ask for one. */
  answerTypes: Set<AnswerType>;
  /** What the entry's proper nouns are instances of, stemmed ("chicago" → "citi"): a question asking "which city" is covered by it. */
  categories: Set<string>;
  /** Adjacent content-word pairs of the title: a question repeating one names this entry's topic exactly. */
  titlePairs: Set<string>;
  /** Finer intents the entry answers ('deadline', 'cost'). */
  tags: Set<string>;
  /** How many items the entry's answer lists (1 for a plain sentence). */
  listItems: number;
  /** How many items the answer lists as numbered or semicolon-separated parts (0 when it lists none that way): what "the three parts" counts. */
  listedCount: number;
  /** Sub-topics the entry's answer lists, as content stems ("transforming libraries" of the key action areas). */
  subtopics: string[][];
  /** Programs the entry is about (empty for organisations, catalogue-wide lists and general FAQ items). */
  programs: string[];
  /** Kinds of question the entry answers: its aspect, and for an FAQ item also what its own question asks. */
  aspects: Set<EntryAspect>;
}

/** How a candidate relates to what the question names and asks; the ranking and the confidence read both. */
export type EntitySignal = 'match' | 'neutral' | 'other' | 'none';
export type AspectSignal = 'match' | 'other' | 'none';

export interface RankedCandidate {
  indexed: IndexedEntry;
  score: number;
  coverage: number;
  entity: EntitySignal;
  aspect: AspectSignal;
  /** Nouns of the question that no entry uses and this entry does not cover either (not by synonym, prefix or spelling). */
  absentNouns: number;
  /** The question asks for a kind of thing (a date, a number, a place) that the entry's answer does not hold. */
  answerTypeMissing: boolean;
  /**
   * Coverage of what the question asks about the things it names, leaving out the words of the
   * programs and organisations it names ("who chairs the Quicklists Consulting Committee": "chairs"):
   * an entry about the named thing that says nothing of the asked predicate does not answer it.
   */
  predicateCoverage: number;
  /** The place in a list the question asks for, when this entry's answer lists that many items: the answer is that item. */
  listPosition?: ListPosition;
}

interface IndexedDocument {
  id: number;
  title: string;
  keywords: string;
  text: string;
}

/** A sub-topic the question names, with the title words of the lists naming it ("key action areas"): its own entry answers those too. */
interface NamedSubtopic {
  name: string[];
  key: string;
  listTerms: Set<string>;
}

/** What the index is made of; built whole on a catalogue change, edited in place on an FAQ change. */
interface IndexState {
  index: MiniSearch<IndexedDocument>;
  indexed: (IndexedEntry | undefined)[];
  documentFrequency: Map<string, number>;
  surfaceStems: Map<string, string>;
  /** FAQ knowledge-entry id → the FAQ item it was built from (as JSON), to tell which items a staff edit changed. */
  faqFingerprints: Map<string, string>;
  /** Knowledge-entry id → its slot: what an FAQ edit replaces and a topic a member picks. */
  slots: Map<string, number>;
}

function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenize(text)) {
    const term = processIndexTerm(token);
    if (term) terms.add(term);
  }
  return terms;
}

/** An answer lacking the kind of thing asked for (a date for "when", a number for "how many") ranks lower. */
const ANSWER_TYPE_MISSING_FACTOR = 0.5;
/** A category a question word names, covered by an instance of it, counts for this share of the word itself. */
const CATEGORY_MATCH = 0.6;

function categoryTermsOf(text: string): Set<string> {
  const categories = new Set<string>();
  for (const token of new Set(tokenize(text))) {
    if (token.length < 4 || STOP_WORDS.has(token) || !/^[a-z]+$/.test(token) || !isMainlyNoun(token)) continue;
    for (const category of nounCategories(token)) {
      // A one- or two-word category by its head word ("american state" → "state"); longer ones are too loose.
      const words = category.split(' ');
      if (words.length <= 2) categories.add(stemTerm(words[words.length - 1]));
    }
  }
  return categories;
}

function addEntry(state: IndexState, entry: KnowledgeEntry, builtAt: Date, faqFingerprint?: string): void {
  const slot = state.indexed.length;
  const all = `${entry.title} ${entry.keywords} ${entry.text}`;
  for (const token of tokenize(all)) {
    if (!state.surfaceStems.has(token) && !STOP_WORDS.has(token)) state.surfaceStems.set(token, stemTerm(token));
  }
  const terms = termsOf(all);
  for (const term of terms) state.documentFrequency.set(term, (state.documentFrequency.get(term) ?? 0) + 1);
  // Wording of dates changes with time, their words hardly: composing once at build time is enough here.
  const composed = entry.compose(builtAt);
  state.indexed.push({
    entry,
    terms,
    answerTerms: termsOf(`${entry.title} ${ASPECT_KEYWORDS[entry.aspect]} ${composed}`),
    titleTerms: termsOf(entry.title),
    categories: categoryTermsOf(all),
    answerTypes: answerTypesOf(composed),
    listItems: listItemsOf(composed),
    subtopics: listedSubtopics(composed),
    listedCount: listedCountOf(composed),
    tags: entryTags(entry),
    titlePairs: contentPairs(entry.title),
    programs: entry.programSlugs ?? (entry.programSlug ? [entry.programSlug] : []),
    aspects: entryAspects(entry),
  });
  state.index.add({ id: slot, title: entry.title, keywords: entry.keywords, text: entry.text });
  if (faqFingerprint !== undefined) state.faqFingerprints.set(entry.id, faqFingerprint);
  state.slots.set(entry.id, slot);
}

function removeEntry(state: IndexState, id: string): void {
  const slot = state.slots.get(id);
  const indexed = slot === undefined ? undefined : state.indexed[slot];
  if (slot === undefined || !indexed) return;
  for (const term of indexed.terms) {
    const count = (state.documentFrequency.get(term) ?? 1) - 1;
    if (count > 0) state.documentFrequency.set(term, count);
    else state.documentFrequency.delete(term);
  }
  state.index.discard(slot);
  state.indexed[slot] = undefined;
  state.faqFingerprints.delete(id);
  state.slots.delete(id);
}

/** A WordNet synonym counts for less than the asker's own word. */
const LEXICAL_WEIGHT = 0.6;
const LEXICAL_ALTERNATIVES = 6;
/** Score bonus per title word pair the question repeats, up to TITLE_PAIR_CAP. */
const TITLE_PAIR_BONUS = 0.15;
const TITLE_PAIR_CAP = 3;
/** Score bonus for an entry whose title holds all of the question (scaled by the share it holds). */
const TITLE_COVERAGE_BONUS = 0.5;
/** A question about one phase of a program with a follow-up moves the other phase's entries down by this factor. */
const OTHER_PHASE_FACTOR = 0.5;
const FIRST_PHASE = /\b(first|1st|original|originally|initial|initially|earlier|earliest|phase (one|1)|before)\b/;
const PHASE_STEMS = new Set(['first', '1st', 'original', 'initial', 'earlier', 'second', '2nd', 'later', 'phase', 'stage', 'one', 'two'].map(stemTerm));
const LATER_PHASE = /\b(second|2nd|later|latest|newer|follow-?up|phase (two|2)|next phase)\b/;

/** The stemmed synonym table: each alternative name as term groups that may stand in for each other. */
const SYNONYM_TERMS = SYNONYM_PAIRS.map(([from, to]) => ({
  from: tokenize(from).filter((token) => !STOP_WORDS.has(token)).map(stemTerm),
  to: tokenize(to).filter((token) => !STOP_WORDS.has(token)).map(stemTerm),
}));

/**
 * Answers members' questions from a catalogue snapshot and the curated FAQ: BM25 retrieval (MiniSearch,
 * stemmed, prefix + fuzzy, synonyms and acronyms), re-ranked by the question's intent, then a short
 * answer composed from the best entry. `refresh` swaps in a new snapshot when the catalogue changes.
 */
export class AnsweringEngine {
  private index!: MiniSearch<IndexedDocument>;
  /** By MiniSearch document id; a removed FAQ entry leaves a hole. */
  private indexed: (IndexedEntry | undefined)[] = [];
  /** FAQ knowledge-entry id → the FAQ item it was built from (see IndexState). */
  private faqFingerprints = new Map<string, string>();
  /** Knowledge-entry id → its slot. */
  private slots = new Map<string, number>();
  private contentVersion: string | undefined;
  private documentFrequency = new Map<string, number>();
  private matchCache = new Map<string, Map<string, number>>();
  /** A misspelt question word → the closest word the catalogue uses ("fnuds" → "funds"), to read the question's intent. */
  private closestWords = new Map<string, string>();
  /** Every word as written in the entries (folded), with its stem: misspellings are judged on these. */
  private surfaceStems = new Map<string, string>();
  private currentVersion = '';
  /** Question word → WordNet synonyms the catalogue uses, as stemmed term lists. */
  private lexicalCache = new Map<string, string[][]>();
  /** Program slug → the slug of the program it is a later phase of ("LTC: Models for Change" follows "LTC"). */
  private phaseOf = new Map<string, string>();
  /** Program slug → content stems that tell a later phase from its base ("models", "change"). */
  private phaseWords = new Map<string, string[]>();
  /** Program slug → the names a question may call it by, as content stems. */
  private programNameIndex: ProgramNames = new Map();
  /** Organisation slug → its name and acronym, as content stems. */
  private organisationNameIndex: ProgramNames = new Map();
  private readonly catalogueUrl: string;
  private readonly clock: () => Date;
  private readonly minConfidence: number;
  private readonly faq: readonly FaqEntry[];

  constructor(snapshot: CatalogueSnapshot, options: AnsweringOptions = {}) {
    this.clock = options.clock ?? (() => new Date());
    this.minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
    this.faq = options.faq ?? FAQ;
    this.catalogueUrl = options.catalogueUrl ?? '';
    this.rebuild(snapshot);
  }

  get version(): string {
    return this.currentVersion;
  }

  get entryCount(): number {
    return this.indexed.length - this.holes();
  }

  private holes(): number {
    let holes = 0;
    for (const slot of this.indexed) if (!slot) holes += 1;
    return holes;
  }

  /**
   * Follows a new snapshot when its version differs (returns whether it did): in place when only the
   * FAQ changed (same contentVersion), else a full rebuild.
   */
  refresh(snapshot: CatalogueSnapshot): boolean {
    if (snapshot.version === this.currentVersion) return false;
    if (snapshot.contentVersion !== undefined && snapshot.contentVersion === this.contentVersion) this.updateFaq(snapshot);
    else this.rebuild(snapshot);
    return true;
  }

  private rebuild(snapshot: CatalogueSnapshot): void {
    const faq = snapshot.faq ?? this.faq;
    const entries = buildKnowledge(snapshot, faq, { catalogueUrl: this.catalogueUrl });
    const index = new MiniSearch<IndexedDocument>({
      fields: ['title', 'keywords', 'text'],
      tokenize: (text) => tokenize(text),
      processTerm: (term) => processIndexTerm(term),
      searchOptions: {
        boost: { title: 3, keywords: 1.5, text: 1 },
        prefix: (term) => term.length >= 4,
        // A word the catalogue uses is taken as spelt right: fuzzy matching only for unknown words.
        fuzzy: (term) => (term.length >= 5 && !this.documentFrequency.has(term) ? FUZZINESS : false),
        maxFuzzy: 2,
        weights: { fuzzy: 0.5, prefix: 0.6 },
        combineWith: 'OR',
        // Questions arrive already folded, stemmed and expanded (questionTerms).
        tokenize: (text) => text.split(' '),
        processTerm: (term) => term,
      },
    });
    const built: IndexState = { index, indexed: [], documentFrequency: new Map(), surfaceStems: new Map(), faqFingerprints: new Map(), slots: new Map() };
    const builtAt = this.clock();
    const faqFingerprints = new Map(faq.map((item) => [`faq:${item.id}`, JSON.stringify(item)]));
    for (const entry of entries) addEntry(built, entry, builtAt, faqFingerprints.get(entry.id));
    // Swap all at once so a concurrent answer never sees half an index.
    this.index = built.index;
    this.indexed = built.indexed;
    this.documentFrequency = built.documentFrequency;
    this.surfaceStems = built.surfaceStems;
    this.faqFingerprints = built.faqFingerprints;
    this.slots = built.slots;
    this.matchCache = new Map();
    this.closestWords = new Map();
    this.lexicalCache = new Map();
    this.phaseOf = new Map();
    this.phaseWords = new Map();
    this.programNameIndex = programNames(snapshot);
    this.organisationNameIndex = organisationNames(snapshot);
    for (const later of snapshot.programs) {
      const base = snapshot.programs.find((program) => program !== later && later.title.startsWith(`${program.title}:`));
      if (!base) continue;
      this.phaseOf.set(later.slug, base.slug);
      this.phaseWords.set(later.slug, contentStems(later.title.slice(base.title.length + 1)));
    }
    this.currentVersion = snapshot.version;
    this.contentVersion = snapshot.contentVersion;
  }

  /**
   * A snapshot whose catalogue is unchanged and only its FAQ moved (a staff edit): the changed,
   * added and retired FAQ entries are replaced in the index, the catalogue's thousands stay.
   */
  private updateFaq(snapshot: CatalogueSnapshot): void {
    const faq = snapshot.faq ?? this.faq;
    const state: IndexState = {
      index: this.index,
      indexed: this.indexed,
      documentFrequency: this.documentFrequency,
      surfaceStems: this.surfaceStems,
      faqFingerprints: this.faqFingerprints,
      slots: this.slots,
    };
    const wanted = new Map(faq.map((item) => [`faq:${item.id}`, JSON.stringify(item)]));
    for (const [id, fingerprint] of [...this.faqFingerprints]) {
      if (wanted.get(id) !== fingerprint) removeEntry(state, id);
    }
    const changed = faq.filter((item) => !this.faqFingerprints.has(`faq:${item.id}`));
    const builtAt = this.clock();
    for (const entry of faqKnowledge(snapshot, changed)) addEntry(state, entry, builtAt, wanted.get(entry.id));
    // Vocabulary changed: cached word matches may be stale.
    this.matchCache = new Map();
    this.closestWords = new Map();
    this.lexicalCache = new Map();
    this.currentVersion = snapshot.version;
  }

  async answer(question: string): Promise<Answer> {
    return this.answerSync(question);
  }

  answerSync(asked: string, now: Date = this.clock()): Answer {
    const whole = this.answerOne(asked, now);
    // "Which foundation funded the original LTC and which agency funds the later phase?": each part
    // answered on its own, when at least two parts are answered confidently by different entries.
    const parts = compoundParts(asked)
      .map((part) => this.answerOne(part, now))
      .filter((part) => part.entryId !== undefined);
    const distinct = parts.filter((part, index) => parts.findIndex((other) => other.entryId === part.entryId) === index);
    if (distinct.length < 2) return whole;
    return {
      question: asked,
      answer: distinct.map((part) => part.answer).join('\n'),
      sources: distinct.flatMap((part) => part.sources).filter((source, index, all) => all.findIndex((other) => other.url === source.url) === index),
      confidence: Math.min(...distinct.map((part) => part.confidence)),
      entryId: distinct[0].entryId,
    };
  }

  private answerOne(asked: string, now: Date): Answer {
    const question = this.readAsTyped(asked);
    const ranked = this.rankAsRead(question);
    const best = ranked[0];
    const confidence = best ? confidenceOf({ ...best, runnerUpShare: runnerUpShare(ranked) }) : 0;
    if (!best || confidence < this.minConfidence) {
      const suggestedTopics = this.suggestionsFrom(ranked);
      // Unsure but not lost: about half of these closest answers are right, so the member sees it, marked
      // as unsure (no source vouches for it and it counts as unanswered for staff).
      if (best && confidence >= CLOSEST_ANSWER_MIN_CONFIDENCE) {
        const closest = this.composeFor(question, best, now);
        const others = suggestedTopics.filter((suggested) => suggested.topic !== best.indexed.entry.topic);
        return {
          question: asked,
          answer: `I don't know for sure. The closest I have, on “${best.indexed.entry.topic}”: ${closest}`,
          sources: [],
          confidence: round(confidence),
          suggestedTopics: others,
        };
      }
      return {
        question: asked,
        answer:
          "I don't know the answer to that from the catalogue." +
          (suggestedTopics.length > 0 ? ' These close topics may help.' : ' Try asking about a program, a date, a partner or a badge.'),
        sources: [],
        confidence: round(confidence),
        suggestedTopics,
      };
    }
    return {
      question: asked,
      answer: this.composeFor(question, best, now),
      sources: best.indexed.entry.sources,
      confidence: round(confidence),
      entryId: best.indexed.entry.id,
      relatedTopics: this.suggestionsFrom(ranked)
        .filter((suggested) => suggested.topic !== best.indexed.entry.topic)
        .slice(0, RELATED_TOPICS),
    };
  }

  /**
   * The answer of a topic the member picked from the suggestions (SuggestedTopic.entryId), worded for
   * the question they had asked when given; its `question` is the topic, which is what they asked for
   * by picking it. Null when no entry has that id any more (a retired FAQ item).
   */
  answerTopic(entryId: string, question?: string, now: Date = this.clock()): Answer | null {
    const slot = this.slots.get(entryId);
    const indexed = slot === undefined ? undefined : this.indexed[slot];
    if (!indexed) return null;
    const asked = question ? this.readAsTyped(question) : undefined;
    const composed = indexed.entry.compose(now, asked ? this.askedContext(asked) : undefined);
    return {
      question: indexed.entry.topic,
      answer: asked ? toldAsPastWhenOver(asked, composed, now) : composed,
      sources: indexed.entry.sources,
      // The member chose this topic: it is what they asked for.
      confidence: 1,
      entryId: indexed.entry.id,
    };
  }

  /** A candidate's answer to the question: told as past when over, and only the item asked for when the question asks for a place in its list. */
  private composeFor(question: string, candidate: RankedCandidate, now: Date): string {
    const composed = candidate.indexed.entry.compose(now, this.askedContext(question));
    const item = candidate.listPosition ? itemAtPosition(composed, candidate.listPosition.position, candidate.indexed.entry.topic) : null;
    return toldAsPastWhenOver(question, item ?? composed, now);
  }

  /** The question as the asker meant its opening word ("wen" → "when"), trimmed. */
  private readAsTyped(question: string): string {
    return withQuestionWordSpelt(question.trim(), (stem) => this.documentFrequency.has(stem));
  }

  /** The best entries' answers as passages (for optional composition by a language model). */
  passages(question: string, limit: number, now: Date = this.clock()): { text: string; sources: SourceLink[] }[] {
    question = this.readAsTyped(question);
    const ranked = this.rankAsRead(question);
    const contested = runnerUpShare(ranked);
    return ranked
      .filter((candidate) => confidenceOf({ ...candidate, runnerUpShare: candidate === ranked[0] ? contested : 0 }) >= this.minConfidence)
      .slice(0, limit)
      .map(({ indexed }) => ({ text: indexed.entry.compose(now, this.askedContext(question)), sources: indexed.entry.sources }));
  }

  /**
   * What compose may need of the question: its folded, spelling-corrected text, and a weight for
   * each word it is searched by (its own, acronym expansions, WordNet synonyms, corrections), by rarity.
   */
  private askedContext(question: string): AskedContext {
    const total = this.indexed.length;
    const asked = weightedQuestionTerms(question, (term) => this.documentFrequency.has(term));
    for (const alternatives of this.lexicalAlternatives(question).values()) {
      for (const alternative of alternatives) for (const term of alternative) if (!asked.has(term)) asked.set(term, LEXICAL_WEIGHT);
    }
    for (const corrected of this.spellingCorrections(question).values()) {
      for (const [stem, weight] of corrected) if (!asked.has(stem)) asked.set(stem, weight);
    }
    // Words in a large share of the entries ("library", "ala") do not pick a passage.
    const termWeight = (stem: string) => {
      const frequency = this.documentFrequency.get(stem) ?? 0;
      const weight = asked.get(stem) ?? 0;
      return weight === 0 || frequency === 0 || frequency > total * PASSAGE_TERM_SHARE ? 0 : weight * Math.log(1 + total / (frequency + 0.5));
    };
    return { folded: foldText(this.correctedQuestion(question)), termWeight };
  }

  /**
   * Entries for a question, best first: BM25 candidates boosted by the question's intent, then
   * weighted by how much of the question each covers, so an entry naming the question's rare words
   * ("quillwork") beats a generic one that only shares its common words ("complete the series").
   */
  rank(typed: string): RankedCandidate[] {
    return this.rankAsRead(this.readAsTyped(typed));
  }

  /** rank() of a question already read as typed (readAsTyped), so answering reads it once. */
  private rankAsRead(question: string): RankedCandidate[] {
    const weights = weightedQuestionTerms(question, (term) => this.documentFrequency.has(term));
    if (weights.size === 0) return [];
    const spellings = this.spellingCorrections(question);
    // Intents read the question as meant: "who fnuds" asks who funds.
    const meant = this.correctedQuestion(question);
    const intents = detectIntents(meant);
    // Asking who, when, for whom, what it unlocks or whom to contact: an entry about something else is a worse answer.
    const specific = [...intents].some((intent) => intent !== 'overview');
    const tags = detectTags(meant);
    const wantsList = asksForList(meant);
    const wantedCount = wantsList ? countAskedFor(question) : null;
    const wantedType = askedAnswerType(meant);
    const lexical = this.lexicalAlternatives(question);
    for (const alternatives of lexical.values()) {
      for (const alternative of alternatives) {
        for (const term of alternative) if (!weights.has(term)) weights.set(term, LEXICAL_WEIGHT);
      }
    }
    const phase = this.questionPhase(question);
    // "The second phase" names a phase, not a list's second item.
    const position = phase ? null : askedListPosition(meant);
    const positionStems = position ? position.words.map(stemTerm) : [];
    // Words naming the phase ("first", "phase") are answered by choosing the phase, not by an entry's text.
    const isPhaseWord = (group: string[][]) => Boolean(phase) && group.length === 1 && PHASE_STEMS.has(group[0][0]);
    const groups = this.termGroups(question, lexical).filter((group) => !isPhaseWord(group));
    if (phase) for (const stem of PHASE_STEMS) weights.delete(stem);
    if (weights.size === 0) return [];
    const questionPairs = contentPairs(question);
    for (const [unknown, corrected] of spellings) {
      for (const [stem, weight] of corrected) {
        if (!weights.has(stem)) weights.set(stem, weight * (weights.get(unknown) ?? 1));
      }
    }
    // Words in a large share of all entries barely move BM25 yet cost a score per entry: leave them to
    // the coverage step (which still counts them) unless the question has little else.
    const common = Math.min(this.indexed.length * COMMON_TERM_SHARE, SEARCH_TERM_ENTRY_LIMIT);
    const byRarity = [...weights.keys()].sort((a, b) => (this.documentFrequency.get(a) ?? 0) - (this.documentFrequency.get(b) ?? 0));
    const within = (limit: number) => byRarity.filter((term) => (this.documentFrequency.get(term) ?? 0) <= limit);
    const rare = within(common);
    // With fewer than two rare words, every affordable word is searched; with none, the rarest two.
    const affordable = within(SEARCH_TERM_ENTRY_LIMIT);
    const searchTerms = rare.length >= MIN_SEARCH_TERMS ? rare : affordable.length > 0 ? affordable : byRarity.slice(0, MIN_SEARCH_TERMS);
    const results: SearchResult[] = this.index.search(searchTerms.join(' '), {
      boostTerm: (term) => weights.get(term) ?? 1,
    });
    const candidates = results.slice(0, RERANK_DEPTH).map((result) => ({ result, indexed: this.indexed[result.id as number] as IndexedEntry }));
    const said: SaidTerms = { terms: weights, literal: new Set(contentStems(question)), pairs: questionPairs };
    const named = this.namedPrograms(candidates.map(({ indexed }) => indexed), said, phase);
    const namedOrganisations = this.namedOrganisations(said);
    const namedSubtopics = wantsList ? [] : this.namedSubtopics(candidates.map(({ indexed }) => indexed), said);
    // Nouns no entry uses ("salary", "refund"): the question asks about a thing the catalogue never names.
    const unnamedStems = this.unnamedNounStems(question);
    const entityStems = new Set<string>();
    for (const slug of named) for (const name of this.programNameIndex.get(slug) ?? []) for (const stem of name) entityStems.add(stem);
    for (const names of namedOrganisations) for (const name of names) for (const stem of name) entityStems.add(stem);
    const predicateGroups = groups.filter((group) => !group.some((alternative) => alternative.every((stem) => entityStems.has(stem))));
    const unnamedNouns = groups
      .filter((group) => group[0].length === 1 && unnamedStems.has(group[0][0]))
      .map((group) => ({ group, relatives: unnamedStems.get(group[0][0]) ?? [] }));
    return candidates
      .map(({ result, indexed }): RankedCandidate => {
        const aspect: AspectSignal = intents.size === 0 ? 'none' : [...indexed.aspects].some((kind) => intents.has(kind)) ? 'match' : 'other';
        let boost = 1;
        if (aspect === 'match') {
          for (const kind of indexed.aspects) if (intents.has(kind)) boost = Math.max(boost, INTENT_BOOST[kind] ?? 1);
        } else if (aspect === 'other' && specific) boost *= OTHER_ASPECT_FACTOR;
        if ([...indexed.tags].some((tag) => tags.has(tag))) boost *= TAG_BOOST;
        // "List the commitments": an answer that lists things beats a sentence about one of them.
        if (wantsList && indexed.listItems >= MIN_LIST_ITEMS) boost *= LIST_BOOST;
        if (wantedCount !== null && indexed.listedCount === wantedCount.count) boost *= COUNT_BOOST;
        // An entry that says the place's words itself ("the sixth was in 2022") is not asked for an item.
        const positioned =
          position !== null &&
          indexed.listedCount >= (position.position === 'last' ? 2 : position.position) &&
          !positionStems.every((stem) => indexed.terms.has(stem));
        if (positioned) boost *= LIST_POSITION_BOOST;
        let pairs = 0;
        for (const pair of questionPairs) if (indexed.titlePairs.has(pair)) pairs += 1;
        boost *= 1 + TITLE_PAIR_BONUS * Math.min(pairs, TITLE_PAIR_CAP);
        if (phase && indexed.entry.programSlug && phase.other.has(indexed.entry.programSlug)) boost *= OTHER_PHASE_FACTOR;
        // The entity first: an entry of the program the question names beats a better-worded entry of another.
        const entity: EntitySignal =
          named.size === 0 ? 'none' : indexed.programs.length === 0 ? 'neutral' : indexed.programs.some((slug) => named.has(slug)) ? 'match' : 'other';
        boost *= ENTITY_FACTOR[entity];
        // Then the sub-entity: an organisation, or one item of a list that has an entry of its own.
        const titleNames = (name: readonly string[]) => name.every((stem) => indexed.titleTerms.has(stem));
        if (namedOrganisations.some((names) => names.some(titleNames))) boost *= ORGANISATION_FACTOR;
        const listsNamed = (subtopic: NamedSubtopic) => indexed.subtopics.some((own) => own.join(' ') === subtopic.key);
        const ownSubtopics = namedSubtopics.filter((subtopic) => titleNames(subtopic.name) && !listsNamed(subtopic));
        if (ownSubtopics.length > 0) boost *= SUBTOPIC_FACTOR;
        else if (namedSubtopics.some(listsNamed)) boost /= SUBTOPIC_FACTOR;
        // Mostly judged on what the answer says, so an entry that merely mentions the asked-about
        // words deep in its text loses to one whose answer addresses them.
        // An answer listing as many things as asked for answers the noun they are counted by, whatever it calls them ("three parts": three areas).
        const counted = wantedCount !== null && indexed.listedCount === wantedCount.count;
        // An item's own entry answers the words its list calls the items by ("the literacy key action area").
        const implied = [
          ...(counted ? [wantedCount.noun, wantedCount.word] : []),
          ...(positioned ? positionStems : []),
          ...ownSubtopics.flatMap((subtopic) => [...subtopic.listTerms]),
        ];
        const answerTerms = implied.length > 0 ? new Set([...indexed.answerTerms, ...implied]) : indexed.answerTerms;
        const coverage =
          ANSWER_COVERAGE_SHARE * this.coverage(groups, answerTerms, spellings, indexed.categories) +
          (1 - ANSWER_COVERAGE_SHARE) * this.coverage(groups, implied.length > 0 ? new Set([...indexed.terms, ...implied]) : indexed.terms, spellings, indexed.categories);
        // An entry whose title is what the question asks about ("the Advocacy direction") beats one that lists it among others.
        boost *= 1 + TITLE_COVERAGE_BONUS * this.coverage(groups, indexed.titleTerms, spellings);
        const absentNouns = unnamedNouns.filter(
          ({ group, relatives }) =>
            this.coverage([group], indexed.terms, spellings, indexed.categories) === 0 && !relatives.some((relative) => relative.every((term) => indexed.terms.has(term))),
        ).length;
        const answerTypeMissing = wantedType !== null && !indexed.answerTypes.has(wantedType);
        if (answerTypeMissing) boost *= ANSWER_TYPE_MISSING_FACTOR;
        const predicateCoverage =
          predicateGroups.length === groups.length || predicateGroups.length === 0
            ? coverage
            : this.coverage(predicateGroups, new Set([...indexed.terms, ...answerTerms]), spellings, indexed.categories);
        return {
          indexed,
          coverage,
          score: result.score * boost * coverage * coverage,
          entity,
          aspect,
          absentNouns,
          answerTypeMissing,
          predicateCoverage,
          ...(positioned ? { listPosition: position } : {}),
        };
      })
      .sort((a, b) => b.score - a.score);
  }

  /**
   * The programs the question names, among those of the candidates: by the best-matched of each
   * program's names (title, acronym, key dates, series), the most fully named first, and among
   * equally full names the longest match ("LTC Models for Change" is the later phase, not LTC).
   */
  private namedPrograms(candidates: IndexedEntry[], said: SaidTerms, phase: { other: Set<string> } | null): Set<string> {
    const idf = (term: string) => this.rarity(term);
    const matches: { slug: string; share: number; weight: number }[] = [];
    for (const slug of new Set(candidates.flatMap((indexed) => indexed.programs))) {
      if (phase?.other.has(slug)) continue;
      const names = this.programNameIndex.get(slug);
      if (!names) continue;
      const match = matchName(names, said, idf);
      if (match.share >= NAMED_SHARE) matches.push({ slug, ...match });
    }
    if (matches.length === 0) return new Set();
    const bestShare = Math.max(...matches.map((match) => match.share));
    const close = matches.filter((match) => match.share >= bestShare - NAMED_SHARE_SLACK);
    const bestWeight = Math.max(...close.map((match) => match.weight));
    return new Set(close.filter((match) => match.weight >= bestWeight * NAMED_WEIGHT_SHARE).map((match) => match.slug));
  }

  /** The names of the organisations the question names in full (by name or acronym). */
  private namedOrganisations(said: SaidTerms): string[][][] {
    const named: string[][][] = [];
    for (const names of this.organisationNameIndex.values()) if (names.some((name) => saysWholeName(name, said))) named.push(names);
    return named;
  }

  /**
   * Sub-topics the question names: items of a candidate's list that the question says in full and
   * that another candidate's title names, so the item has an entry of its own.
   */
  private namedSubtopics(candidates: IndexedEntry[], said: SaidTerms): NamedSubtopic[] {
    const named = new Map<string, NamedSubtopic>();
    for (const indexed of candidates) {
      for (const name of indexed.subtopics) {
        const key = name.join(' ');
        const known = named.get(key);
        if (known) {
          for (const term of indexed.titleTerms) known.listTerms.add(term);
          continue;
        }
        if (!saysWholeName(name, said)) continue;
        const ownEntry = candidates.some(
          (other) => other !== indexed && !other.subtopics.some((item) => item.join(' ') === key) && name.every((stem) => other.titleTerms.has(stem)),
        );
        if (ownEntry) named.set(key, { name, key, listTerms: new Set(indexed.titleTerms) });
      }
    }
    return [...named.values()];
  }

  /** The question's content words; an acronym or alternative name is one group with its expansion as an alternative. */
  private termGroups(question: string, lexical: Map<string, string[][]>): string[][][] {
    const tokens = tokenize(foldText(question)).filter((token) => !STOP_WORDS.has(token));
    const groups: string[][][] = [];
    const consumed = new Set<number>();
    const stems = tokens.map(stemTerm);
    for (const synonym of SYNONYM_TERMS) {
      if (synonym.from.length === 0) continue;
      for (let start = 0; start + synonym.from.length <= stems.length; start += 1) {
        if (synonym.from.every((term, offset) => stems[start + offset] === term)) {
          groups.push([synonym.from, synonym.to]);
          for (let offset = 0; offset < synonym.from.length; offset += 1) consumed.add(start + offset);
        }
      }
    }
    stems.forEach((stem, position) => {
      if (!consumed.has(position)) groups.push([[stem], ...(lexical.get(stem) ?? [])]);
    });
    return groups;
  }

  /**
   * Stems of the question's words that WordNet reads mainly as nouns and that no entry uses, each
   * with its WordNet relatives (synonyms, what it is a kind of) as stemmed terms: an entry saying
   * "foundation" does speak of a "charity".
   */
  private unnamedNounStems(question: string): Map<string, string[][]> {
    const stems = new Map<string, string[][]>();
    for (const token of tokenize(foldText(question))) {
      if (token.length < 3 || STOP_WORDS.has(token) || !/^[a-z]+$/.test(token)) continue;
      const stem = stemTerm(token);
      if (this.documentFrequency.has(stem) || stems.has(stem) || !isMainlyNoun(token)) continue;
      const relatives = nounRelatives(token)
        .map((relative) => tokenize(relative).filter((word) => !STOP_WORDS.has(word)).map(stemTerm))
        .filter((terms) => terms.length > 0);
      stems.set(stem, relatives);
    }
    return stems;
  }

  /**
   * Share of the question's meaning an entry covers: each content word (or acronym with its
   * expansion) weighted by its rarity, so a missing rare word ("treasurer") costs far more than a
   * missing common one ("library"). Words the catalogue never uses count as rare.
   */
  private coverage(groups: string[][][], entryTerms: Set<string>, spellings: Map<string, Map<string, number>>, categories?: Set<string>): number {
    if (groups.length === 0) return 0;
    const idf = (term: string) => this.rarity(term);
    let covered = 0;
    let weight = 0;
    for (const alternatives of groups) {
      let bestCoverage = 0;
      let groupWeight = Infinity;
      alternatives.forEach((alternative, position) => {
        const weights = alternative.map(idf);
        const sum = weights.reduce((a, b) => a + b, 0);
        const matches = alternative.map((term) => {
          const match = this.termMatch(term, entryTerms, spellings.get(term));
          return match === 0 && categories?.has(term) ? CATEGORY_MATCH : match;
        });
        const matched = matches.reduce((acc, match, i) => acc + weights[i] * match, 0);
        // An expansion counts only when all of it is there: a partial "library ... learning" match
        // for LLX would credit any entry about library learning.
        const complete = position === 0 || matches.every((match) => match > 0);
        bestCoverage = Math.max(bestCoverage, sum > 0 && complete ? matched / sum : 0);
        groupWeight = Math.min(groupWeight, sum / alternative.length);
      });
      covered += bestCoverage * groupWeight;
      weight += groupWeight;
    }
    return weight > 0 ? covered / weight : 0;
  }

  /** A word's rarity in the index (IDF), by which coverage and program names weigh it; a word no entry uses is the rarest. */
  private rarity(term: string): number {
    return Math.log(1 + this.indexed.length / ((this.documentFrequency.get(term) ?? 0) + 0.5));
  }

  /** 1 for an exact or prefix match, less for a fuzzy one, 0 when the entry lacks the word. */
  private termMatch(term: string, terms: Set<string>, spelling?: Map<string, number>): number {
    if (terms.has(term)) return 1;
    let best = 0;
    for (const [candidate, weight] of this.vocabularyMatches(term)) {
      if (weight > best && terms.has(candidate)) best = weight;
    }
    for (const [candidate, weight] of spelling ?? []) {
      if (weight > best && terms.has(candidate)) best = weight;
    }
    return best;
  }

  /**
   * For each question word the catalogue does not use, the stems of catalogue words it is probably a
   * misspelling of. Compared as written, not stemmed: "accessibilitx" is one letter from
   * "accessibility" but far from its stem "access".
   */
  private spellingCorrections(question: string): Map<string, Map<string, number>> {
    const corrections = new Map<string, Map<string, number>>();
    for (const token of tokenize(foldText(question))) {
      if (token.length < ABBREVIATION_LENGTH.min || STOP_WORDS.has(token) || !/^[a-z]+$/.test(token)) continue;
      const stem = stemTerm(token);
      if (this.documentFrequency.has(stem) || corrections.has(stem) || isEnglishWord(token)) continue;
      const cacheKey = `~${token}`;
      let found = this.matchCache.get(cacheKey);
      if (!found) {
        found = new Map();
        const allowed = token.length >= 5 ? Math.min(2, Math.round(token.length * FUZZINESS)) : 0;
        let closest = allowed + 1;
        let closestWord = '';
        for (const [word, wordStem] of this.surfaceStems) {
          if (allowed > 0 && Math.abs(word.length - token.length) <= allowed) {
            const distance = editDistance(token, word, allowed);
            if (distance <= allowed) {
              found.set(wordStem, 0.75);
              if (distance < closest) [closest, closestWord] = [distance, word];
              continue;
            }
          }
          // Shorthand keeps a word's first and last letters and drops vowels ("natl", "govt", "assn").
          if (token.length <= ABBREVIATION_LENGTH.max && abbreviates(token, word)) {
            found.set(wordStem, 0.75);
            if (!closestWord || (closest > allowed && word.length < closestWord.length)) closestWord = word;
          }
        }
        if (this.matchCache.size >= MATCH_CACHE_LIMIT) this.matchCache.clear();
        this.matchCache.set(cacheKey, found);
        if (this.closestWords.size >= MATCH_CACHE_LIMIT) this.closestWords.clear();
        if (closestWord) this.closestWords.set(token, closestWord);
      }
      if (found.size > 0) corrections.set(stem, found);
    }
    return corrections;
  }

  /** The question with each misspelt word replaced by the closest catalogue word (after spellingCorrections has run). */
  private correctedQuestion(question: string): string {
    if (this.closestWords.size === 0) return question;
    return tokenize(foldText(question))
      .map((token) => this.closestWords.get(token) ?? token)
      .join(' ');
  }

  /**
   * Index words a question word matches by prefix (0.9) or within the fuzzy edit distance (0.75),
   * worked out once per word and index (not once per candidate entry).
   */
  private vocabularyMatches(term: string): Map<string, number> {
    const cached = this.matchCache.get(term);
    if (cached) return cached;
    const matches = new Map<string, number>();
    const unknown = !this.documentFrequency.has(term);
    const allowed = term.length >= 5 && unknown ? Math.min(2, Math.round(term.length * FUZZINESS)) : 0;
    for (const candidate of this.documentFrequency.keys()) {
      if (candidate === term) continue;
      // Three letters are enough for an abbreviation the catalogue never spells out ("orgs" → "organizations").
      if ((term.length >= 4 || (term.length === 3 && unknown)) && candidate.startsWith(term)) matches.set(candidate, 0.9);
      else if (allowed > 0 && Math.abs(candidate.length - term.length) <= allowed && editDistance(term, candidate, allowed) <= allowed) {
        matches.set(candidate, 0.75);
      }
    }
    // Questions repeat words; bound the cache so odd input cannot grow it without limit.
    if (this.matchCache.size >= MATCH_CACHE_LIMIT) this.matchCache.clear();
    this.matchCache.set(term, matches);
    return matches;
  }

  /**
   * For each question word the catalogue never uses, its WordNet synonyms that it does use
   * ("financed" → "fund", "customised" → "customized"), each as stemmed terms.
   */
  private lexicalAlternatives(question: string): Map<string, string[][]> {
    const found = new Map<string, string[][]>();
    for (const token of tokenize(foldText(question))) {
      if (token.length < 3 || STOP_WORDS.has(token) || /\d/.test(token)) continue;
      const stem = stemTerm(token);
      if (this.documentFrequency.has(stem) || found.has(stem)) continue;
      let alternatives = this.lexicalCache.get(token);
      if (!alternatives) {
        alternatives = [];
        for (const synonym of wordNetSynonyms(token)) {
          const terms = tokenize(synonym).filter((word) => !STOP_WORDS.has(word)).map(stemTerm);
          if (terms.length > 0 && terms.every((term) => this.documentFrequency.has(term))) alternatives.push(terms);
          if (alternatives.length === LEXICAL_ALTERNATIVES) break;
        }
        if (this.lexicalCache.size >= MATCH_CACHE_LIMIT) this.lexicalCache.clear();
        this.lexicalCache.set(token, alternatives);
      }
      if (alternatives.length > 0) found.set(stem, alternatives);
    }
    return found;
  }



  /**
   * Which phase of a program with a follow-up the question means: "the first phase of LTC" or "the
   * original LTC" is the base program, "the second phase" the follow-up. Null when the question does
   * not say, or names the follow-up outright.
   */
  private questionPhase(question: string): { other: Set<string> } | null {
    if (this.phaseOf.size === 0) return null;
    const folded = foldText(question);
    const first = FIRST_PHASE.test(folded);
    const later = LATER_PHASE.test(folded);
    if (first === later) return null;
    const stems = new Set(contentStems(question));
    const other = new Set<string>();
    // Only a question about the phased program has a phase: "the first National Day of Racial Healing" does not.
    const says = (slug: string) => (this.programNameIndex.get(slug) ?? []).some((name) => name.length > 0 && name.every((stem) => stems.has(stem)));
    for (const [laterSlug, baseSlug] of this.phaseOf) {
      if (!says(baseSlug) && !says(laterSlug)) continue;
      if ((this.phaseWords.get(laterSlug) ?? []).every((stem) => stems.has(stem))) continue;
      other.add(first ? laterSlug : baseSlug);
    }
    return other.size > 0 ? { other } : null;
  }

  /** Up to three close topics, each with the best-ranked entry about it. */
  private suggestionsFrom(ranked: { indexed: IndexedEntry }[]): SuggestedTopic[] {
    const topics: SuggestedTopic[] = [];
    for (const { indexed } of ranked) {
      if (!topics.some((suggested) => suggested.topic === indexed.entry.topic)) topics.push({ entryId: indexed.entry.id, topic: indexed.entry.topic });
      if (topics.length === 3) break;
    }
    return topics;
  }
}

/**
 * The confidence model: a logistic regression over the ranking's signals, fitted on the development
 * set together with its calibration split (tools/eval/src/calibration-questions.ts: paraphrases, and
 * out-of-scope questions that name things the catalogue knows), with "the answer is right" as the
 * outcome. The confidence is therefore the estimated chance that the answer is right. Refit after a
 * ranking change with `node --import @swc-node/register/esm-register tools/eval/src/fit-confidence.ts`
 * (maximum likelihood on both sets; it prints the weights to paste here).
 */
export const CONFIDENCE_WEIGHTS = {
  bias: -4.96,
  /** The IDF-weighted share of the question the entry covers. */
  coverage: 4.35,
  /** The entry is about the program the question names. */
  entityMatch: 3.62,
  /** The question names a program and the entry is about none (an organisation, a general FAQ item). */
  entityNeutral: 2.76,
  /** The entry answers the kind of question asked (who, when, for whom…). */
  aspectMatch: 1.63,
  /** The question names a thing (a noun) no entry uses and the answer does not cover, nor a WordNet relative of it: "the salary of…", "a refund for…". */
  absentNoun: -1.32,
  /** The runner-up (another topic) scores this share of the best: two close candidates mean the evidence does not decide. */
  runnerUpShare: -0.28,
  /** The question asks for a date, a number or a place that the answer does not hold. */
  answerTypeMissing: -6.01,
  /** Coverage of the question without the names of the things it names: what it asks about them. */
  predicateCoverage: 3.41,
} as const;

/**
 * Below this estimated chance of being right the engine declines, showing its closest answer marked
 * unsure (from CLOSEST_ANSWER_MIN_CONFIDENCE) and the close topics as one-press choices. Chosen by
 * `fit-confidence.ts` on the development set and both its splits by what each outcome is worth to a
 * member (tools/eval/src/confidence-fit.ts, THRESHOLD_UTILITY: a right answer 1, a declined one whose
 * right answer is still shown 0.5, a confident wrong one -2): 411 here, against 386.5 at 0.65 (the
 * threshold chosen before declined questions showed anything); 0.9 and 0.95 come within two points,
 * and near-ties go to the lower threshold, which answers more outright.
 */
export const DEFAULT_MIN_CONFIDENCE = 0.8;

/** Related topics offered under a confident answer. */
const RELATED_TOPICS = 2;

/**
 * Below the threshold but at least this, the engine still declines yet shows its closest answer,
 * marked as unsure: on the development set and its splits the closest answer is right for about half
 * of the declined questions from 0.35 up, and for few below.
 */
export const CLOSEST_ANSWER_MIN_CONFIDENCE = 0.35;

/** What the confidence reads of a candidate; runnerUpShare is the next other topic's score over this one's (0 when alone). */
export type ConfidenceSignals = Pick<RankedCandidate, 'coverage' | 'entity' | 'aspect'> & {
  absentNouns?: number;
  runnerUpShare?: number;
  answerTypeMissing?: boolean;
  predicateCoverage?: number;
};

/** The confidence model's features of a candidate, by weight name (the bias is implied); the fit in tools/eval reads them too. */
export function confidenceFeatures(candidate: ConfidenceSignals): Record<Exclude<keyof typeof CONFIDENCE_WEIGHTS, 'bias'>, number> {
  return {
    coverage: candidate.coverage,
    entityMatch: candidate.entity === 'match' ? 1 : 0,
    entityNeutral: candidate.entity === 'neutral' ? 1 : 0,
    aspectMatch: candidate.aspect === 'match' ? 1 : 0,
    absentNoun: (candidate.absentNouns ?? 0) > 0 ? 1 : 0,
    runnerUpShare: Math.min(1, Math.max(0, candidate.runnerUpShare ?? 0)),
    answerTypeMissing: candidate.answerTypeMissing ? 1 : 0,
    predicateCoverage: candidate.predicateCoverage ?? candidate.coverage,
  };
}

/** The estimated chance (0..1) that answering with this candidate is right; see CONFIDENCE_WEIGHTS. */
export function confidenceOf(candidate: ConfidenceSignals): number {
  const features = confidenceFeatures(candidate);
  let z: number = CONFIDENCE_WEIGHTS.bias;
  for (const [name, value] of Object.entries(features)) z += CONFIDENCE_WEIGHTS[name as keyof typeof features] * value;
  return 1 / (1 + Math.exp(-z));
}

/** The next candidate about another topic, as a share of the best one's score (0 when there is none). */
export function runnerUpShare(ranked: readonly RankedCandidate[]): number {
  const [best] = ranked;
  if (!best || best.score <= 0) return 0;
  const runnerUp = ranked.find((candidate) => candidate.indexed.entry.topic !== best.indexed.entry.topic);
  return runnerUp ? runnerUp.score / best.score : 0;
}

/** How many things a list question asks for ("the three parts", "4 directions"), else null; "three-part" describes a thing, it is not a count. */
function countAskedFor(question: string): { count: number; noun: string; word: string } | null {
  const match = /\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])\s+(?!part\b)(?:[a-z]+\s+){0,2}?([a-z]+s)\b/.exec(foldText(question));
  if (!match) return null;
  const word = match[1];
  return { count: /\d/.test(word) ? Number(word) : COUNT_WORDS.indexOf(word) + 2, noun: stemTerm(match[2]), word: stemTerm(word) };
}

/** Items an answer lists as "(1) … (2) …" or between semicolons; 0 for prose. */
function listedCountOf(answer: string): number {
  const numbered = answer.match(/\(\d+\)/g)?.length ?? 0;
  const semicolons = answer.split(';').length;
  return numbered > 0 ? numbered : semicolons > 1 ? semicolons : 0;
}

/** Items an answer lists: numbered "(1) … (2) …", or parts between semicolons, else commas. */
function listItemsOf(answer: string): number {
  const numbered = answer.match(/\(\d+\)/g)?.length ?? 0;
  const semicolons = answer.split(';').length;
  const commas = answer.split(/,| and /).length;
  return Math.max(numbered, semicolons > 1 ? semicolons : 0, commas >= 4 ? commas : 1);
}

/** An FAQ item's tags, and the finer intents its own question asks ("Is it free?" is about cost). */
function entryTags(entry: KnowledgeEntry): Set<string> {
  const tags = new Set(entry.tags ?? []);
  if (entry.id.startsWith('faq:')) for (const tag of detectTags(entry.title)) if (tag !== 'deadline') tags.add(tag);
  return tags;
}

function entryAspects(entry: KnowledgeEntry): Set<EntryAspect> {
  const aspects = new Set<EntryAspect>([entry.aspect, ...(entry.alsoAnswers ?? [])]);
  // An FAQ item's title is its question: what that asks is what the item answers.
  if (entry.id.startsWith('faq:')) {
    for (const aspect of detectIntents(entry.title)) if (aspect !== 'overview' || entry.aspect === 'general') aspects.add(aspect);
  }
  return aspects;
}

function contentStems(text: string): string[] {
  return tokenize(foldText(text))
    .filter((token) => !STOP_WORDS.has(token))
    .map(stemTerm);
}

function contentPairs(text: string): Set<string> {
  const stems = contentStems(text);
  const pairs = new Set<string>();
  for (let i = 1; i < stems.length; i += 1) pairs.add(`${stems[i - 1]} ${stems[i]}`);
  return pairs;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** "… and which …", "…, and how many …": where a question asks a second thing. */
const SECOND_QUESTION = /,?\s+and\s+(?=(?:which|what|who|whom|when|where|how|why|is|are|was|were|does|do|did|can)\b)/i;
const MIN_PART_WORDS = 3;
const MAX_PARTS = 3;

/** The parts of a question that asks two or more things, each a question of its own; [] for a single question. */
export function compoundParts(question: string): string[] {
  const questions = question
    .split(SECOND_QUESTION)
    .map((part) => part.trim()).filter((part) => part.split(/\s+/).length >= MIN_PART_WORDS);
  // More parts than a member would ask at once is not a compound question (and must not cost an answer each).
  return questions.length >= 2 && questions.length <= MAX_PARTS ? questions : [];
}

/** Lengths of a word typed as shorthand of a longer one ("natl" for "national"). */
const ABBREVIATION_LENGTH = { min: 3, max: 5 };

/** Whether `short` is shorthand of `word`: same first and last letter, its letters in order in the word, which is at least two letters longer. */
export function abbreviates(short: string, word: string): boolean {
  if (word.length < short.length + 2 || word[0] !== short[0] || word[word.length - 1] !== short[short.length - 1]) return false;
  let at = 1;
  for (const letter of short.slice(1)) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

const QUESTION_WORDS = ['what', 'when', 'where', 'who', 'which', 'how', 'why'];

/**
 * The question with an opening question word typed short or slipped ("wen was…", "wat does…",
 * "hw do i…") spelt out, when the typed word is one edit from exactly one question word and the
 * catalogue does not use it; otherwise the question unchanged.
 */
export function withQuestionWordSpelt(question: string, isCatalogueWord: (token: string) => boolean): string {
  const match = /^\s*([A-Za-z]{2,4})\b/.exec(question);
  if (!match) return question;
  const typed = match[1].toLowerCase();
  if (QUESTION_WORDS.includes(typed) || STOP_WORDS.has(typed) || isCatalogueWord(stemTerm(typed))) return question;
  const meant = QUESTION_WORDS.filter((word) => editDistance(typed, word, 1) <= 1);
  return meant.length === 1 ? question.replace(match[1], meant[0]) : question;
}

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment), since
 * swapped letters are the commonest typo ("fnuds", "natoinal"); gives up early once it exceeds `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length];
}

