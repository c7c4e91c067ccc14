import { attendedStatement, completedStatement, earnedStatement, sessionActivityId, statementId, XAPI_VERSION } from './xapi-statement.js';

const facts = { eventId: '3f1c2b4a-5d6e-5f70-8a9b-0c1d2e3f4a5b', publicBaseUrl: 'https://stacks.example.org/', userId: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d', occurredAt: '2026-12-02T15:00:00.000Z' };
const session = { id: sessionActivityId('https://stacks.example.org/', 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e'), name: 'Cataloguing clinic' };

describe('xAPI statements', () => {
  it('gives the same fact the same statement id every time (a resend is a no-op at the LRS), and a different learner another', () => {
    expect(completedStatement(facts, session).id).toBe(completedStatement(facts, session).id);
    expect(statementId(facts.eventId, facts.userId)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(statementId(facts.eventId, 'another-learner')).not.toBe(statementId(facts.eventId, facts.userId));
  });

  it('names the learner by an account on our site, never by e-mail, and declares 1.0.3', () => {
    const statement = completedStatement(facts, session);
    expect(statement.actor).toEqual({ objectType: 'Agent', account: { homePage: 'https://stacks.example.org', name: facts.userId } });
    expect(statement.version).toBe(XAPI_VERSION);
    expect(JSON.stringify(statement)).not.toContain('mbox');
  });

  it('uses the ADL verbs for completion and attendance (with the minutes as an ISO 8601 duration) and the Open Badges verb for a badge', () => {
    expect(completedStatement(facts, session)).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, result: { completion: true }, object: { id: 'https://stacks.example.org/sessions/b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e' } });
    expect(attendedStatement(facts, session, 52.4)).toMatchObject({ verb: { id: 'http://adlnet.gov/expapi/verbs/attended' }, result: { duration: 'PT52M' } });
    expect(earnedStatement(facts, { id: 'https://stacks.example.org/api/v1/achievements/a1', name: 'Storytime Leader' })).toMatchObject({
      verb: { id: 'https://w3id.org/xapi/openbadges/verbs/earned', display: { 'en-US': 'earned' } },
      object: { objectType: 'Activity', id: 'https://stacks.example.org/api/v1/achievements/a1', definition: { name: { 'en-US': 'Storytime Leader' } } },
    });
  });
});
