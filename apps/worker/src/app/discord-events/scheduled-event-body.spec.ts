import { scheduledEventBody, sessionMarker } from './scheduled-event-body.js';

const session = {
  id: '6f1c2a8e-0d5b-4c1e-9a57-3b2f4d6e8a10',
  slug: 'dialogue-facilitation-part-1',
  title: 'Dialogue facilitation, part 1',
  description: 'How to open a circle.',
  startsAt: new Date('2027-01-12T17:00:00Z'),
  endsAt: new Date('2027-01-12T18:30:00Z'),
};

describe('scheduledEventBody', () => {
  it('is an external, guild-only event at the session page, ending with the session marker', () => {
    const body = scheduledEventBody(session, 'https://stacks.example');
    expect(body).toMatchObject({
      name: session.title,
      entity_type: 3,
      privacy_level: 2,
      entity_metadata: { location: 'https://stacks.example/sessions/dialogue-facilitation-part-1' },
      scheduled_start_time: '2027-01-12T17:00:00.000Z',
      scheduled_end_time: '2027-01-12T18:30:00.000Z',
    });
    expect(body.description?.startsWith('How to open a circle.')).toBe(true);
    expect(body.description?.endsWith(sessionMarker(session.id))).toBe(true);
  });

  it("keeps within Discord's limits: long titles and descriptions are cut, the marker kept; a long page address becomes Online", () => {
    const body = scheduledEventBody({ ...session, title: 'T'.repeat(150), description: 'D'.repeat(5000), slug: 's'.repeat(120) }, 'https://stacks.example');
    expect(body.name).toHaveLength(100);
    expect(body.description?.length).toBeLessThanOrEqual(1000);
    expect(body.description?.endsWith(sessionMarker(session.id))).toBe(true);
    expect(body.entity_metadata).toEqual({ location: 'Online' });
  });

  it('gives a session without an end an hour, since Discord requires one for an external event', () => {
    expect(scheduledEventBody({ ...session, endsAt: null }, 'https://stacks.example').scheduled_end_time).toBe('2027-01-12T18:00:00.000Z');
  });
});
