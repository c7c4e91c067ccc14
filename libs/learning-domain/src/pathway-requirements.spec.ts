import {
  certificateAfterRevocation,
  describePathwayRequirements,
  evaluatePathway,
  parsePathwayRequirements,
  type PathwayFacts,
  type PathwayGroupRequirement,
  PATHWAY_LIMITS,
} from './pathway-requirements.js';

const now = new Date('2026-06-01T12:00:00Z');
const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const facts = (entries: Record<string, Date>): PathwayFacts => new Map(Object.entries(entries));
const badge = (slug: string) => ({ kind: 'achievement' as const, slug });
const series = (slug: string) => ({ kind: 'series' as const, slug });
const session = (slug: string) => ({ kind: 'session' as const, slug });

describe('all-of pathway', () => {
  const root: PathwayGroupRequirement = { kind: 'group', rule: 'ALL_OF', items: [badge('a'), badge('b'), series('c')] };

  it('is completed when every item is met, at the moment the last one was', () => {
    const progress = evaluatePathway(root, facts({ 'achievement:a': at(3), 'achievement:b': at(1), 'series:c': at(2) }), { now });
    expect(progress).toMatchObject({ status: 'completed', completedAt: at(3), next: [] });
    expect(progress.root.items.map((item) => item.state)).toEqual(['done', 'done', 'done']);
  });

  it('shows the missing items as next while one is outstanding', () => {
    const progress = evaluatePathway(root, facts({ 'achievement:a': at(1) }), { now });
    expect(progress.status).toBe('in-progress');
    expect(progress.next).toEqual([badge('b'), series('c')]);
    expect(progress.root).toMatchObject({ required: 3, met: 1, satisfied: false });
  });

  it('has not started when nothing is met', () => {
    expect(evaluatePathway(root, facts({}), { now }).status).toBe('not-started');
  });
});

describe('k-of pathway', () => {
  const root: PathwayGroupRequirement = { kind: 'group', rule: 'K_OF', k: 2, items: [session('s1'), session('s2'), session('s3')] };

  it('is completed by any two, at the second one, and the third becomes optional', () => {
    const progress = evaluatePathway(root, facts({ 'session:s3': at(5), 'session:s1': at(9) }), { now });
    expect(progress).toMatchObject({ status: 'completed', completedAt: at(9) });
    expect(progress.root.items.map((item) => item.state)).toEqual(['done', 'optional', 'done']);
  });

  it('with one done still needs one of the others, both shown as next', () => {
    const progress = evaluatePathway(root, facts({ 'session:s2': at(5) }), { now });
    expect(progress.status).toBe('in-progress');
    expect(progress.next).toEqual([session('s1'), session('s3')]);
  });
});

describe('one-of pathway', () => {
  const root: PathwayGroupRequirement = { kind: 'group', rule: 'ONE_OF', items: [series('urban'), series('academic'), series('rural')] };

  it('is completed by any single alternative', () => {
    const progress = evaluatePathway(root, facts({ 'series:academic': at(4) }), { now });
    expect(progress).toMatchObject({ status: 'completed', completedAt: at(4) });
    expect(progress.root.items.map((item) => item.state)).toEqual(['optional', 'done', 'optional']);
  });

  it('offers every alternative as next until one is met', () => {
    expect(evaluatePathway(root, facts({}), { now }).next).toHaveLength(3);
  });
});

describe('ordered pathway', () => {
  const root: PathwayGroupRequirement = { kind: 'group', rule: 'ALL_OF', ordered: true, items: [session('one'), session('two'), session('three')] };

  it('is completed when the items were met in the listed order', () => {
    expect(evaluatePathway(root, facts({ 'session:one': at(1), 'session:two': at(2), 'session:three': at(3) }), { now }).status).toBe('completed');
  });

  it('shows only the first outstanding item as next; later ones wait', () => {
    const progress = evaluatePathway(root, facts({ 'session:one': at(1) }), { now });
    expect(progress.next).toEqual([session('two')]);
    expect(progress.root.items.map((item) => item.state)).toEqual(['done', 'next', 'open']);
  });

  it('does not count an item met before the one ahead of it', () => {
    const progress = evaluatePathway(root, facts({ 'session:one': at(5), 'session:two': at(2), 'session:three': at(6) }), { now });
    expect(progress.status).toBe('in-progress');
    expect(progress.root.items.map((item) => item.state)).toEqual(['done', 'out-of-order', 'out-of-order']);
    expect(progress.root.met).toBe(1);
  });
});

describe('nested groups', () => {
  // The seeded shape, deeper: one series per library type, plus two of three badges, plus a workshop.
  const root: PathwayGroupRequirement = {
    kind: 'group',
    rule: 'ALL_OF',
    items: [
      { kind: 'group', title: 'Your library type', rule: 'ONE_OF', items: [series('urban'), series('academic'), series('rural')] },
      { kind: 'group', title: 'Practice', rule: 'K_OF', k: 2, items: [badge('x'), badge('y'), badge('z')] },
      session('workshop'),
    ],
  };

  it('is completed when every group is met, at the latest group', () => {
    const progress = evaluatePathway(root, facts({ 'series:rural': at(2), 'achievement:x': at(3), 'achievement:z': at(8), 'session:workshop': at(4) }), { now });
    expect(progress).toMatchObject({ status: 'completed', completedAt: at(8) });
  });

  it('marks a met inner group done and lists next only from groups still open', () => {
    const progress = evaluatePathway(root, facts({ 'series:urban': at(2), 'achievement:y': at(3) }), { now });
    expect(progress.root.items[0]).toMatchObject({ kind: 'group', satisfied: true, state: 'done' });
    expect(progress.next).toEqual([badge('x'), badge('z'), session('workshop')]);
  });
});

describe('deadline', () => {
  const root: PathwayGroupRequirement = { kind: 'group', rule: 'ALL_OF', items: [badge('a'), badge('b')] };
  const deadline = at(10);

  it('counts a completion on or before the deadline', () => {
    expect(evaluatePathway(root, facts({ 'achievement:a': at(1), 'achievement:b': at(10) }), { deadline, now }).status).toBe('completed');
  });

  it('is closed when the deadline passed before the pathway was met, with nothing next', () => {
    const progress = evaluatePathway(root, facts({ 'achievement:a': at(1), 'achievement:b': at(11) }), { deadline, now });
    expect(progress).toMatchObject({ status: 'closed', completedAt: null, next: [] });
  });

  it('is still open before the deadline', () => {
    expect(evaluatePathway(root, facts({ 'achievement:a': at(1) }), { deadline, now: at(5) })).toMatchObject({ status: 'in-progress', deadline });
  });
});

describe('a badge revoked after the certificate was issued', () => {
  const root: PathwayGroupRequirement = { kind: 'group', rule: 'ALL_OF', items: [badge('a'), badge('b')] };
  const common = { root, revokedBadgeName: 'Badge B', revocationReason: 'issued in error', now };

  it('revokes the certificate with a reason naming the badge when the pathway says REVOKE', () => {
    const decision = certificateAfterRevocation({ ...common, policy: 'REVOKE', factsAfter: facts({ 'achievement:a': at(1) }) });
    expect(decision).toEqual({ action: 'revoke', reason: 'A badge this certificate stacks was revoked: "Badge B" (issued in error)' });
  });

  it('keeps the certificate when the pathway says KEEP', () => {
    expect(certificateAfterRevocation({ ...common, policy: 'KEEP', factsAfter: facts({ 'achievement:a': at(1) }) }).action).toBe('keep');
  });

  it('keeps it under REVOKE too when another alternative still meets the pathway', () => {
    const oneOf: PathwayGroupRequirement = { kind: 'group', rule: 'ONE_OF', items: [badge('a'), badge('b')] };
    const decision = certificateAfterRevocation({ ...common, root: oneOf, policy: 'REVOKE', factsAfter: facts({ 'achievement:a': at(1) }) });
    expect(decision).toMatchObject({ action: 'keep', reason: expect.stringContaining('still complete') });
  });
});

describe('parsing an admin-composed requirement tree', () => {
  it('accepts a nested tree and returns it typed', () => {
    const parsed = parsePathwayRequirements({ kind: 'group', rule: 'K_OF', k: 1, items: [{ kind: 'series', slug: 'a-b' }, { kind: 'group', rule: 'ALL_OF', ordered: true, items: [{ kind: 'session', slug: 'c' }] }] });
    expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ rule: 'K_OF', k: 1 }) });
  });

  it('names the field and rule of every mistake', () => {
    const parsed = parsePathwayRequirements({ kind: 'group', rule: 'K_OF', k: 4, items: [{ kind: 'badge', slug: 'x' }, { kind: 'session', slug: 'Not A Slug' }, { kind: 'group', rule: 'ONE_OF', ordered: true, items: [{ kind: 'series', slug: 'ok' }] }] });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.violations.map((violation) => `${violation.field}:${violation.rule}`)).toEqual([
      'requirements.items[0].kind:isIn',
      'requirements.items[1].slug:isSlug',
      'requirements.items[2].ordered:onlyForAllOf',
      'requirements.k:range',
    ]);
  });

  it('refuses a bare item at the top, too deep a tree and too many items', () => {
    expect(parsePathwayRequirements({ kind: 'series', slug: 'x' })).toMatchObject({ ok: false, violations: [{ rule: 'rootGroup' }] });
    let deep: unknown = { kind: 'series', slug: 'x' };
    for (let level = 0; level <= PATHWAY_LIMITS.maxDepth; level += 1) deep = { kind: 'group', rule: 'ALL_OF', items: [deep] };
    expect(parsePathwayRequirements(deep)).toMatchObject({ ok: false, violations: [expect.objectContaining({ rule: 'maxDepth' })] });
    const wide = { kind: 'group', rule: 'ALL_OF', items: Array.from({ length: 4 }, (_, group) => ({ kind: 'group', rule: 'ALL_OF', items: Array.from({ length: 20 }, (_, index) => ({ kind: 'session', slug: `s-${group}-${index}` })) })) };
    expect(parsePathwayRequirements(wide)).toMatchObject({ ok: false, violations: [expect.objectContaining({ rule: 'maxItems' })] });
  });
});

describe('a requirement tree in words (the bot says it)', () => {
  it('reads groups and nested groups with their rule', () => {
    const root: PathwayGroupRequirement = { kind: 'group', rule: 'ALL_OF', items: [{ kind: 'group', rule: 'ONE_OF', items: [badge('a'), badge('b'), badge('c')] }, { kind: 'group', rule: 'K_OF', k: 2, items: [session('x'), session('y'), session('z')] }] };
    expect(describePathwayRequirements(root, (item) => item.slug.toUpperCase())).toBe('all of: (any one of: A, B or C) and (any 2 of: X, Y or Z)');
  });
});
