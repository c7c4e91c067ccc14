export type EnrolmentState = 'ENROLLED' | 'WAITLISTED' | 'CANCELLED';

export interface WaitlistEntry {
  enrolmentId: string;
  waitlistedAt: Date;
}

/** A new enrolment takes a seat when one is free (null capacity: unlimited), else joins the waitlist. */
export function placeEnrolment(capacity: number | null, enrolledCount: number): 'ENROLLED' | 'WAITLISTED' {
  return capacity === null || enrolledCount < capacity ? 'ENROLLED' : 'WAITLISTED';
}

/** Enrolments to promote, first come first served, as many as there are free seats. */
export function promotionsAfterChange(capacity: number | null, enrolledCount: number, waitlist: WaitlistEntry[]): string[] {
  const ordered = [...waitlist].sort(
    (a, b) => a.waitlistedAt.getTime() - b.waitlistedAt.getTime() || a.enrolmentId.localeCompare(b.enrolmentId),
  );
  const freeSeats = capacity === null ? ordered.length : Math.max(0, capacity - enrolledCount);
  return ordered.slice(0, freeSeats).map((entry) => entry.enrolmentId);
}
