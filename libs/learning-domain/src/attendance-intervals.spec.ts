import { attendedMinutes } from './attendance-intervals.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 14, 20, minute));

describe('attendedMinutes', () => {
  it('sums separate stays (a participant who left and rejoined)', () => {
    expect(attendedMinutes([{ joinedAt: at(0), leftAt: at(20) }, { joinedAt: at(30), leftAt: at(55) }])).toBe(45);
  });

  it('counts time covered by overlapping stays once (two devices)', () => {
    expect(attendedMinutes([{ joinedAt: at(0), leftAt: at(40) }, { joinedAt: at(10), leftAt: at(50) }, { joinedAt: at(15), leftAt: at(20) }])).toBe(50);
  });

  it('gives the same total whatever order the stays come in', () => {
    const stays = [{ joinedAt: at(30), leftAt: at(55) }, { joinedAt: at(0), leftAt: at(20) }, { joinedAt: at(10), leftAt: at(35) }];
    expect(attendedMinutes(stays)).toBe(attendedMinutes([...stays].reverse()));
    expect(attendedMinutes(stays)).toBe(55);
  });

  it('does not count a stay with no leave yet unless told until when', () => {
    expect(attendedMinutes([{ joinedAt: at(0), leftAt: null }])).toBe(0);
    expect(attendedMinutes([{ joinedAt: at(0), leftAt: null }], at(12))).toBe(12);
  });

  it('ignores a leave recorded before its join', () => {
    expect(attendedMinutes([{ joinedAt: at(20), leftAt: at(10) }])).toBe(0);
  });
});
