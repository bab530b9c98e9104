import { describe, expect, it } from 'vitest';
import { addDays, cellKey, cellProblems, changedEntries, dayOf, REST, rosterRows, rowProblems, weekDays, weekdayOf, weekOf, type RosterEntry } from '../src/resources/attendance/roster';

const problem = (field: string, message = `problem at ${field}`) => ({ field, code: 'BAD', message });

function entry(date: string, person: [string, string] | null, shift: [string, string] | null, restDay = false): RosterEntry {
  return { id: `${person?.[0] ?? 'hidden'}-${date}`, date, restDay, person: person && { id: person[0], displayName: person[1] }, shift: shift && { id: shift[0], name: shift[1] } };
}

describe('attendance roster screen: its arithmetic', () => {
  it('plans weeks Monday to Sunday, across months, years and a leap day', () => {
    expect(weekOf('2026-12-02')).toBe('2026-11-30');
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
    expect(weekOf('2027-01-03')).toBe('2026-12-28');
    expect(weekDays('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-03-01', -7)).toBe('2028-02-23');
    expect(weekDays('2026-11-30').map(weekdayOf)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(dayOf(new Date(2026, 11, 7, 23, 59))).toBe('2026-12-07');
  });

  it('puts everyone with an entry and everyone added in rows by name, each day a shift, a rest day or nothing', () => {
    const rows = rosterRows(
      [
        entry('2026-12-07', ['p2', 'Wong Siu Fun'], ['s1', '早更']),
        entry('2026-12-07', ['p1', 'Chan Tai Man'], null, true),
        entry('2026-12-08', ['p1', 'Chan Tai Man'], ['s2', '夜更']),
        // A shift the caller may not read: no id to show it by; a person the caller may not see: no row.
        entry('2026-12-09', ['p1', 'Chan Tai Man'], null),
        entry('2026-12-07', null, ['s1', '早更']),
      ],
      [
        { id: 'p3', name: 'Lee Ka Ming' },
        { id: 'p1', name: 'Chan Tai Man' },
      ],
    );
    expect(rows.map((row) => row.name)).toEqual(['Chan Tai Man', 'Lee Ka Ming', 'Wong Siu Fun']);
    const chan = rows.find((row) => row.personId === 'p1')!;
    expect(chan.cells).toEqual({
      '2026-12-07': { value: REST, shiftName: null, restDay: true },
      '2026-12-08': { value: 's2', shiftName: '夜更', restDay: false },
      '2026-12-09': { value: null, shiftName: null, restDay: false },
    });
    expect(rows.find((row) => row.personId === 'p3')!.cells).toEqual({});
  });

  it('sends the changed cells as entries, a rest day without a shift, and finds the cell of each problem by its place', () => {
    const changes = new Map([
      [cellKey('p2', '2026-12-08'), REST],
      [cellKey('p1', '2026-12-09'), 's1'],
      [cellKey('p1', '2026-12-08'), 's2'],
    ]);
    const { keys, entries } = changedEntries(changes);
    expect(entries).toEqual([
      { personId: 'p1', date: '2026-12-08', shiftId: 's2' },
      { personId: 'p1', date: '2026-12-09', shiftId: 's1' },
      { personId: 'p2', date: '2026-12-08', shiftId: null },
    ]);
    expect(keys).toEqual(['p1 2026-12-08', 'p1 2026-12-09', 'p2 2026-12-08']);
    expect(
      cellProblems([problem('entries.2.date', 'Twice'), problem('entries.2.personId', 'Unknown'), problem('entries.0.shiftId', 'No such shift'), problem('entries'), problem('entries.9.date')], keys),
    ).toEqual({
      'p2 2026-12-08': 'Twice',
      'p1 2026-12-08': 'No such shift',
    });
  });

  it('names a file’s problems by row as the API counts them (blank lines and the header aside), with the line', () => {
    const csv = '\uFEFFperson,date,shift\r\nnobody@example.com,2026-12-07,早更\r\n\r\n  WA2002,2026-02-30,休息  \r\n';
    expect(rowProblems([problem('rows.1.person', 'Unknown person'), problem('rows.2.date', 'Not a date'), problem('csv', 'Header'), problem('rows.7.shift', 'Beyond')], csv)).toEqual([
      { row: 1, column: 'person', line: 'nobody@example.com,2026-12-07,早更', message: 'Unknown person' },
      { row: 2, column: 'date', line: 'WA2002,2026-02-30,休息', message: 'Not a date' },
      { row: 7, column: 'shift', line: null, message: 'Beyond' },
    ]);
  });
});
