/**
 * Pathways: requirement groups over series, sessions and achievements (badges), as an admin
 * composes them, and how far a learner has come. Plain data in, plain data out; the API reads the
 * learner's facts from PostgreSQL and the worker issues the certificate when `completed` says so.
 */

export type PathwayItemKind = 'series' | 'session' | 'achievement';
export type PathwayGroupRule = 'ALL_OF' | 'K_OF' | 'ONE_OF';

/** One thing to do: finish a series, complete a session or hold a badge (named by slug). */
export interface PathwayItemRequirement {
  kind: PathwayItemKind;
  slug: string;
}

/** A requirement group: all of its items, k of them, or one; optionally in the listed order (ALL_OF only). */
export interface PathwayGroupRequirement {
  kind: 'group';
  title?: string;
  rule: PathwayGroupRule;
  /** For K_OF: how many items must be met (1 ≤ k ≤ items). */
  k?: number;
  /** ALL_OF only: each item counts only when met no earlier than the one before it. */
  ordered?: boolean;
  items: PathwayRequirement[];
}

export type PathwayRequirement = PathwayItemRequirement | PathwayGroupRequirement;

/** Bounds of a requirement tree: admins compose pathways, but the tree is still untrusted input. */
export const PATHWAY_LIMITS = { maxDepth: 4, maxItems: 60, maxGroupItems: 20, maxSlugLength: 120, maxTitleLength: 200 } as const;

export interface PathwayRuleViolation {
  /** Where in the tree, e.g. `requirements.items[1].k`. */
  field: string;
  rule: string;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ITEM_KINDS: readonly string[] = ['series', 'session', 'achievement'];
const GROUP_RULES: readonly string[] = ['ALL_OF', 'K_OF', 'ONE_OF'];
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks an untrusted requirement tree (the root must be a group) and returns it typed, or every
 * violation with the field it concerns. Bounded: depth, item counts and string lengths.
 */
export function parsePathwayRequirements(input: unknown, field = 'requirements'): { ok: true; value: PathwayGroupRequirement } | { ok: false; violations: PathwayRuleViolation[] } {
  const violations: PathwayRuleViolation[] = [];
  let items = 0;
  const walk = (node: unknown, path: string, depth: number): PathwayRequirement | null => {
    if (!isObject(node)) {
      violations.push({ field: path, rule: 'type', message: 'must be an object (an item or a group)' });
      return null;
    }
    if (node.kind === 'group') {
      if (depth >= PATHWAY_LIMITS.maxDepth) {
        violations.push({ field: path, rule: 'maxDepth', message: `groups nest at most ${PATHWAY_LIMITS.maxDepth} deep` });
        return null;
      }
      const allowed = new Set(['kind', 'title', 'rule', 'k', 'ordered', 'items']);
      for (const key of Object.keys(node)) if (!allowed.has(key)) violations.push({ field: `${path}.${key}`, rule: 'whitelist', message: `${key} is not a group field` });
      if (typeof node.rule !== 'string' || !GROUP_RULES.includes(node.rule)) {
        violations.push({ field: `${path}.rule`, rule: 'isIn', message: 'must be ALL_OF, K_OF or ONE_OF' });
        return null;
      }
      if (node.title !== undefined && (typeof node.title !== 'string' || node.title.length === 0 || node.title.length > PATHWAY_LIMITS.maxTitleLength)) {
        violations.push({ field: `${path}.title`, rule: 'length', message: `must be 1-${PATHWAY_LIMITS.maxTitleLength} characters` });
      }
      if (!Array.isArray(node.items) || node.items.length === 0 || node.items.length > PATHWAY_LIMITS.maxGroupItems) {
        violations.push({ field: `${path}.items`, rule: 'arrayLength', message: `must list 1-${PATHWAY_LIMITS.maxGroupItems} requirements` });
        return null;
      }
      const rule = node.rule as PathwayGroupRule;
      const children = node.items.map((child, index) => walk(child, `${path}.items[${index}]`, depth + 1));
      if (rule === 'K_OF') {
        if (typeof node.k !== 'number' || !Number.isInteger(node.k) || node.k < 1 || node.k > node.items.length) {
          violations.push({ field: `${path}.k`, rule: 'range', message: `K_OF needs an integer k between 1 and the number of items (${node.items.length})` });
        }
      } else if (node.k !== undefined) {
        violations.push({ field: `${path}.k`, rule: 'onlyForKOf', message: 'k applies to K_OF groups only' });
      }
      if (node.ordered !== undefined && typeof node.ordered !== 'boolean') violations.push({ field: `${path}.ordered`, rule: 'isBoolean', message: 'must be true or false' });
      if (node.ordered === true && rule !== 'ALL_OF') violations.push({ field: `${path}.ordered`, rule: 'onlyForAllOf', message: 'an order applies to ALL_OF groups only' });
      if (children.some((child) => child === null)) return null;
      return {
        kind: 'group',
        ...(typeof node.title === 'string' ? { title: node.title } : {}),
        rule,
        ...(rule === 'K_OF' ? { k: node.k as number } : {}),
        ...(node.ordered === true ? { ordered: true } : {}),
        items: children as PathwayRequirement[],
      };
    }
    if (typeof node.kind !== 'string' || !ITEM_KINDS.includes(node.kind)) {
      violations.push({ field: `${path}.kind`, rule: 'isIn', message: 'must be group, series, session or achievement' });
      return null;
    }
    for (const key of Object.keys(node)) if (key !== 'kind' && key !== 'slug') violations.push({ field: `${path}.${key}`, rule: 'whitelist', message: `${key} is not an item field` });
    items += 1;
    if (items === PATHWAY_LIMITS.maxItems + 1) violations.push({ field: path, rule: 'maxItems', message: `a pathway has at most ${PATHWAY_LIMITS.maxItems} items` });
    if (typeof node.slug !== 'string' || node.slug.length > PATHWAY_LIMITS.maxSlugLength || !SLUG.test(node.slug)) {
      violations.push({ field: `${path}.slug`, rule: 'isSlug', message: 'must be a slug (lower-case letters, digits and single hyphens)' });
      return null;
    }
    return { kind: node.kind as PathwayItemKind, slug: node.slug };
  };
  const root = walk(input, field, 0);
  if (root && root.kind !== 'group') violations.push({ field, rule: 'rootGroup', message: 'the top of a pathway must be a group' });
  if (violations.length > 0 || !root || root.kind !== 'group') return { ok: false, violations };
  return { ok: true, value: root };
}

/** Every item of a tree, in the order it is listed (duplicates kept once). */
export function pathwayItems(root: PathwayGroupRequirement): PathwayItemRequirement[] {
  const seen = new Map<string, PathwayItemRequirement>();
  const walk = (node: PathwayRequirement) => {
    if (node.kind === 'group') node.items.forEach(walk);
    else if (!seen.has(itemKey(node))) seen.set(itemKey(node), node);
  };
  walk(root);
  return [...seen.values()];
}

export const itemKey = (item: PathwayItemRequirement) => `${item.kind}:${item.slug}`;

/**
 * What the learner has done, by `itemKey`: when each item was met (a series finished, a session
 * completed, a badge held in force). Absent or null: not met.
 */
export type PathwayFacts = ReadonlyMap<string, Date | null>;

/**
 * done: met and counted; next: what to do now; open: still to do, after the next ones or among
 * alternatives; optional: not needed any more (its group is met without it); out-of-order: met
 * before the item ahead of it in an ordered group, so it does not count.
 */
export type PathwayNodeState = 'done' | 'next' | 'open' | 'optional' | 'out-of-order';

export interface PathwayItemProgress {
  kind: PathwayItemKind;
  slug: string;
  state: PathwayNodeState;
  doneAt: Date | null;
}

export interface PathwayGroupProgress {
  kind: 'group';
  title: string | null;
  rule: PathwayGroupRule;
  ordered: boolean;
  /** How many items must be met, and how many are. */
  required: number;
  met: number;
  satisfied: boolean;
  /** When the group became satisfied (the moment its last needed item was met). */
  satisfiedAt: Date | null;
  state: PathwayNodeState;
  items: (PathwayItemProgress | PathwayGroupProgress)[];
}

export type PathwayStatus = 'completed' | 'in-progress' | 'not-started' | 'closed';

export interface PathwayProgress {
  status: PathwayStatus;
  /** When the whole pathway was met (by the deadline); null otherwise. */
  completedAt: Date | null;
  deadline: Date | null;
  root: PathwayGroupProgress;
  /** The items to do now, in listed order (empty once completed or closed). */
  next: PathwayItemRequirement[];
}

const required = (group: PathwayGroupRequirement) => (group.rule === 'ALL_OF' ? group.items.length : group.rule === 'ONE_OF' ? 1 : (group.k ?? 1));

interface Evaluated {
  satisfied: boolean;
  satisfiedAt: Date | null;
}

/** Evaluates one group bottom-up (what is met), without the next/open marking. */
function evaluateGroup(group: PathwayGroupRequirement, facts: PathwayFacts): PathwayGroupProgress {
  const children: (PathwayItemProgress | PathwayGroupProgress)[] = group.items.map((item) =>
    item.kind === 'group' ? evaluateGroup(item, facts) : { kind: item.kind, slug: item.slug, doneAt: facts.get(itemKey(item)) ?? null, state: 'open' as PathwayNodeState },
  );
  const metAt = (child: PathwayItemProgress | PathwayGroupProgress): Date | null => (child.kind === 'group' ? child.satisfiedAt : child.doneAt);
  const counted: Evaluated[] = [];
  let previous: Date | null = null;
  let chainBroken = false;
  for (const child of children) {
    const at = metAt(child);
    if (group.ordered) {
      // In order: met, and no earlier than the item ahead of it (which must count itself).
      const counts = at !== null && !chainBroken && (previous === null || at.getTime() >= previous.getTime());
      if (at !== null && !counts) child.state = 'out-of-order';
      if (!counts) chainBroken = true;
      else previous = at;
      counted.push({ satisfied: counts, satisfiedAt: counts ? at : null });
    } else {
      counted.push({ satisfied: at !== null, satisfiedAt: at });
    }
    if (child.kind !== 'group' && counted[counted.length - 1].satisfied) child.state = 'done';
  }
  const need = required(group);
  const metTimes = counted.filter((entry) => entry.satisfied).map((entry) => (entry.satisfiedAt as Date).getTime()).sort((a, b) => a - b);
  const satisfied = metTimes.length >= need;
  return {
    kind: 'group',
    title: group.title ?? null,
    rule: group.rule,
    ordered: group.ordered === true,
    required: need,
    met: metTimes.length,
    satisfied,
    // The moment the need-th item was met: the earliest time the group could be called done.
    satisfiedAt: satisfied ? new Date(metTimes[need - 1]) : null,
    state: satisfied ? 'done' : 'open',
    items: children,
  };
}

/** Marks what is still to do top-down: next, open, optional. Returns the next items in listed order. */
function markOutstanding(group: PathwayGroupProgress, needed: boolean, next: PathwayItemRequirement[]): void {
  if (group.satisfied) {
    // Met: whatever in it is not done is no longer needed.
    for (const child of group.items) markNotNeeded(child);
    return;
  }
  if (!needed) {
    markNotNeeded(group);
    return;
  }
  let firstOutstanding = true;
  for (const child of group.items) {
    const childMet = child.kind === 'group' ? child.satisfied : child.state === 'done';
    if (childMet) continue;
    // In an ordered group only the first outstanding item is next; the rest wait their turn.
    const isNext = !group.ordered || firstOutstanding;
    firstOutstanding = false;
    if (child.kind === 'group') {
      if (isNext) markOutstanding(child, true, next);
      else markWaiting(child);
    } else if (child.state !== 'out-of-order') {
      child.state = isNext ? 'next' : 'open';
      if (isNext) next.push({ kind: child.kind, slug: child.slug });
    }
  }
}

function markNotNeeded(node: PathwayItemProgress | PathwayGroupProgress): void {
  if (node.kind === 'group') {
    if (!node.satisfied) node.state = 'optional';
    node.items.forEach(markNotNeeded);
  } else if (node.state !== 'done') {
    node.state = 'optional';
  }
}

function markWaiting(node: PathwayItemProgress | PathwayGroupProgress): void {
  if (node.kind === 'group') node.items.forEach(markWaiting);
  else if (node.state !== 'done' && node.state !== 'out-of-order') node.state = 'open';
}

/**
 * A learner's progress through a pathway: every item done, next or open; the pathway completed
 * when its root group is met no later than the deadline; closed once the deadline passed without
 * that. `now` decides "passed".
 */
export function evaluatePathway(root: PathwayGroupRequirement, facts: PathwayFacts, options: { deadline?: Date | null; now: Date }): PathwayProgress {
  const tree = evaluateGroup(root, facts);
  const deadline = options.deadline ?? null;
  const metInTime = tree.satisfied && (deadline === null || (tree.satisfiedAt as Date).getTime() <= deadline.getTime());
  const next: PathwayItemRequirement[] = [];
  const closed = !metInTime && deadline !== null && options.now.getTime() > deadline.getTime();
  if (!closed) markOutstanding(tree, true, next);
  const anyDone = [...facts.values()].some((at) => at !== null) && pathwayItems(root).some((item) => (facts.get(itemKey(item)) ?? null) !== null);
  return {
    status: metInTime ? 'completed' : closed ? 'closed' : anyDone ? 'in-progress' : 'not-started',
    completedAt: metInTime ? tree.satisfiedAt : null,
    deadline,
    root: tree,
    next: dedupe(next),
  };
}

const dedupe = (items: PathwayItemRequirement[]) => [...new Map(items.map((item) => [itemKey(item), item])).values()];

export type PathwayRevocationPolicy = 'REVOKE' | 'KEEP';

export type CertificateDecision = { action: 'keep'; reason: string } | { action: 'revoke'; reason: string };

/**
 * A badge the pathway counted was revoked after the certificate was issued. If the pathway is
 * still met without it (another alternative, a spare in a k-of group) the certificate stands;
 * otherwise the pathway's policy decides: REVOKE takes the certificate back with a reason naming
 * the badge, KEEP leaves it (what was certified was true when it was issued).
 */
export function certificateAfterRevocation(input: {
  policy: PathwayRevocationPolicy;
  root: PathwayGroupRequirement;
  /** The learner's facts after the revocation (the revoked badge no longer held). */
  factsAfter: PathwayFacts;
  deadline?: Date | null;
  revokedBadgeName: string;
  revocationReason: string;
  now: Date;
}): CertificateDecision {
  // Whether the requirements are still met at all; the deadline judged the original completion.
  const after = evaluatePathway(input.root, input.factsAfter, { deadline: null, now: input.now });
  if (after.status === 'completed') return { action: 'keep', reason: `the pathway is still complete without "${input.revokedBadgeName}"` };
  if (input.policy === 'KEEP') return { action: 'keep', reason: `the pathway keeps certificates when a stacked badge is revoked ("${input.revokedBadgeName}")` };
  return { action: 'revoke', reason: `A badge this certificate stacks was revoked: "${input.revokedBadgeName}" (${input.revocationReason})` };
}

/** A requirement tree in words, e.g. `any one of: A, B or C`; `titleOf` names each item. */
export function describePathwayRequirements(node: PathwayRequirement, titleOf: (item: PathwayItemRequirement) => string): string {
  if (node.kind !== 'group') return titleOf(node);
  const parts = node.items.map((child) => (child.kind === 'group' ? `(${describePathwayRequirements(child, titleOf)})` : titleOf(child)));
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} ${node.rule === 'ALL_OF' ? 'and' : 'or'} ${parts[parts.length - 1]}`;
  const head = node.rule === 'ALL_OF' ? (node.ordered ? 'all of, in this order' : 'all of') : node.rule === 'ONE_OF' ? 'any one of' : `any ${node.k ?? 1} of`;
  return `${head}: ${list}`;
}
