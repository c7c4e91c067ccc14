import { placeEnrolment, promotionsAfterChange } from './enrolment-policy.js';

describe('placeEnrolment', () => {
  it('takes a seat while one is free and waitlists after that', () => {
    expect(placeEnrolment(2, 1)).toBe('ENROLLED');
    expect(placeEnrolment(2, 2)).toBe('WAITLISTED');
    expect(placeEnrolment(null, 10_000)).toBe('ENROLLED');
  });
});

describe('promotionsAfterChange', () => {
  const waitlist = [
    { enrolmentId: 'late', waitlistedAt: new Date('2026-01-03T00:00:00Z') },
    { enrolmentId: 'early', waitlistedAt: new Date('2026-01-01T00:00:00Z') },
    { enrolmentId: 'middle', waitlistedAt: new Date('2026-01-02T00:00:00Z') },
  ];

  it('promotes first come, first served, as many as there are free seats', () => {
    expect(promotionsAfterChange(5, 3, waitlist)).toEqual(['early', 'middle']);
  });

  it('promotes nobody when the session is still full', () => {
    expect(promotionsAfterChange(3, 3, waitlist)).toEqual([]);
    expect(promotionsAfterChange(3, 4, waitlist)).toEqual([]);
  });

  it('promotes everyone when capacity is removed', () => {
    expect(promotionsAfterChange(null, 3, waitlist)).toEqual(['early', 'middle', 'late']);
  });
});
