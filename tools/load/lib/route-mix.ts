import type { Request } from 'autocannon';

/** What the route mix needs from the seeded database. */
export interface MixFixtures {
  /** Bearer tokens of bench learners (each with some completions). */
  tokens: string[];
  /** Recorded webinars learners may enrol in and complete. */
  sessionIds: string[];
  programSlugs: string[];
}

export interface LoadRoute {
  name: string;
  /** Share of the mixed run, relative to the other routes. */
  weight: number;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The request for one learner; no other request of that learner is in flight meanwhile. */
  build(learner: number, state: LearnerState): BuiltRequest;
}

interface BuiltRequest {
  path: string;
  body?: string;
  auth: boolean;
  method?: LoadRoute['method'];
  /** Send as this learner instead of the leased one. */
  asLearner?: number;
  /** An enrolment this request makes; once it succeeds, a later request cancels it. */
  enrolment?: Enrolment;
}

interface Enrolment {
  learner: number;
  session: number;
}

/** Enrolments made during the run and not yet cancelled, oldest first. */
export interface LearnerState {
  toCancel: Enrolment[];
}

const QUESTIONS = [
  'When is the next National Day of Racial Healing?',
  'Which programs are for small rural libraries?',
  'How do I unlock the pre-conference workshop?',
  'Who funds Libraries Transforming Communities?',
  'Are the dialogue facilitation webinars recorded?',
];

const pick = <T>(values: readonly T[]): T => values[Math.floor(Math.random() * values.length)] as T;

export function loadRoutes(fixtures: MixFixtures): LoadRoute[] {
  return [
    { name: 'GET /programs', weight: 10, method: 'GET', build: () => ({ path: '/api/v1/programs', auth: false }) },
    { name: 'GET /programs/{slug}', weight: 10, method: 'GET', build: () => ({ path: `/api/v1/programs/${pick(fixtures.programSlugs)}`, auth: false }) },
    { name: 'GET /sessions', weight: 10, method: 'GET', build: () => ({ path: '/api/v1/sessions', auth: false }) },
    { name: 'GET /key-dates', weight: 6, method: 'GET', build: () => ({ path: '/api/v1/key-dates', auth: false }) },
    { name: 'GET /me/progress', weight: 12, method: 'GET', build: () => ({ path: '/api/v1/me/progress', auth: true }) },
    { name: 'GET /me/transcript', weight: 6, method: 'GET', build: () => ({ path: '/api/v1/me/transcript', auth: true }) },
    { name: 'GET /me/badges', weight: 6, method: 'GET', build: () => ({ path: '/api/v1/me/badges', auth: true }) },
    {
      // Enrols a learner in a random session; the next request of this route cancels the oldest
      // enrolment already confirmed, so a DELETE never precedes its PUT and both always succeed.
      name: 'PUT /sessions/{id}/enrolment',
      weight: 10,
      method: 'PUT',
      build: (learner, state) => {
        const cancellation = state.toCancel.shift();
        if (cancellation) {
          return { path: `/api/v1/sessions/${fixtures.sessionIds[cancellation.session]}/enrolment`, auth: true, method: 'DELETE', asLearner: cancellation.learner };
        }
        const session = Math.floor(Math.random() * fixtures.sessionIds.length);
        return { path: `/api/v1/sessions/${fixtures.sessionIds[session]}/enrolment`, auth: true, enrolment: { learner, session } };
      },
    },
    {
      name: 'POST /me/completion-events',
      weight: 8,
      method: 'POST',
      build: () => ({
        path: '/api/v1/me/completion-events',
        auth: true,
        body: JSON.stringify({ session: pick(fixtures.sessionIds), source: 'RECORDING_VIEWED', viewedPercent: 90 + Math.floor(Math.random() * 11) }),
      }),
    },
    { name: 'POST /ask', weight: 4, method: 'POST', build: () => ({ path: '/api/v1/ask', auth: false, body: JSON.stringify({ question: pick(QUESTIONS) }) }) },
  ];
}

/** What one request's autocannon context carries from setupRequest to onResponse. */
interface RequestTags {
  route?: string;
  learner?: number;
  enrolment?: Enrolment;
}

/** Status codes seen per route; anything outside 2xx makes the run invalid. */
export type StatusTally = Map<string, Map<number, number>>;

/**
 * One autocannon request definition that picks a route by weight on every request and tags the
 * connection's context with it, so `onResponse` can count status codes per route.
 */
export function mixedRequest(routes: LoadRoute[], fixtures: MixFixtures, tally: StatusTally, samples: string[]): Request {
  const total = routes.reduce((sum, route) => sum + route.weight, 0);
  const choose = (): LoadRoute => {
    let roll = Math.random() * total;
    for (const route of routes) {
      roll -= route.weight;
      if (roll < 0) return route;
    }
    return routes[routes.length - 1] as LoadRoute;
  };
  const state: LearnerState = { toCancel: [] };
  const free = fixtures.tokens.map((_, index) => index);
  return {
    method: 'GET',
    path: '/',
    setupRequest: (request, context) => {
      // autocannon resets the context before every request, so it only carries this request's tags.
      const ctx = context as RequestTags;
      const route = choose();
      // A learner is leased until its response arrives, so its requests (bar cancellations) never overlap.
      const learner = free.shift() as number;
      ctx.learner = learner;
      const built = route.build(learner, state);
      ctx.enrolment = built.enrolment;
      // Tallied by the method actually sent, so enrolments and cancellations show apart.
      ctx.route = built.method && built.method !== route.method ? route.name.replace(route.method, built.method) : route.name;
      const headers: NonNullable<Request['headers']> = { ...(request.headers ?? {}) };
      delete headers.authorization;
      delete headers['content-type'];
      if (built.auth) headers.authorization = `Bearer ${fixtures.tokens[built.asLearner ?? learner]}`;
      if (built.body) headers['content-type'] = 'application/json';
      const next: Request = { ...request, method: built.method ?? route.method, path: built.path, headers };
      if (built.body) next.body = built.body;
      else delete next.body;
      return next;
    },
    onResponse: (status, body, context) => {
      const { route = 'unknown', learner, enrolment } = context as RequestTags;
      if (learner !== undefined) free.push(learner);
      if (enrolment && status >= 200 && status <= 299) state.toCancel.push(enrolment);
      const counts = tally.get(route) ?? new Map<number, number>();
      counts.set(status, (counts.get(status) ?? 0) + 1);
      tally.set(route, counts);
      if ((status < 200 || status > 299) && samples.length < 5) samples.push(`${route} → ${status}: ${body.slice(0, 300)}`);
    },
  };
}
