import type { AttendanceRosterEntryInput, AttendanceRosterQuery } from '../../gql/graphql';
import type { FieldProblem } from '../../providers/graphqlClient';

// The roster screen's arithmetic, kept apart from React so test/attendance-roster.spec.ts can check it: the week shown,
// the grid of people and days, the changes HR makes to it, and where the API's problems belong (cells, file rows).

/** One roster entry as `attendanceRoster` returns it. */
export type RosterEntry = AttendanceRosterQuery['attendanceRoster']['items'][number];

/** What a cell holds or is changed to: a shift's id, or REST for a rest day. */
export const REST = 'rest';

const pad = (value: number) => String(value).padStart(2, '0');

/** A calendar day (YYYY-MM-DD) as a Date at midnight UTC, so that adding days never meets a daylight-saving change. */
const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** The day of a moment where the browser is, as YYYY-MM-DD. */
export function dayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `offset` days after `day` (before it when negative), YYYY-MM-DD. */
export function addDays(day: string, offset: number): string {
  const date = utc(day);
  date.setUTCDate(date.getUTCDate() + offset);
  return iso(date);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export const weekdayOf = (day: string) => utc(day).getUTCDay() || 7;

/** The Monday that begins the week of `day` (rosters are planned Monday to Sunday). */
export const weekOf = (day: string) => addDays(day, 1 - weekdayOf(day));

/** The seven days of the week that begins on `monday`. */
export const weekDays = (monday: string) => Array.from({ length: 7 }, (_, index) => addDays(monday, index));

/** A person's day in the grid: `${personId} ${date}`. */
export const cellKey = (personId: string, date: string) => `${personId} ${date}`;

/** A saved cell: the shift's id and name, or a rest day (a shift the caller may not read has an id of null). */
export interface RosterCell {
  value: string | null;
  shiftName: string | null;
  restDay: boolean;
}

/** One person's row: their name and the saved cells of the week by date (a day without an entry has none). */
export interface RosterRow {
  personId: string;
  name: string;
  cells: Record<string, RosterCell>;
}

/**
 * The grid's rows: everyone with an entry in the range, and the people HR added, by name. Entries whose person the
 * caller may not see have no row: without the person, there is nobody to put them under or to change them for.
 */
export function rosterRows(entries: RosterEntry[], added: { id: string; name: string }[]): RosterRow[] {
  const rows = new Map<string, RosterRow>();
  const rowOf = (personId: string, name: string) => {
    let row = rows.get(personId);
    if (!row) rows.set(personId, (row = { personId, name, cells: {} }));
    return row;
  };
  for (const entry of entries) {
    if (!entry.person) continue;
    rowOf(entry.person.id, entry.person.displayName).cells[entry.date] = {
      value: entry.restDay ? REST : (entry.shift?.id ?? null),
      shiftName: entry.shift?.name ?? null,
      restDay: entry.restDay,
    };
  }
  for (const person of added) rowOf(person.id, person.name);
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name) || a.personId.localeCompare(b.personId));
}

/**
 * The changed cells as `setAttendanceRoster` entries, in the order of `keys` (the API names a problem by its place in
 * this list: `entries.3.date`).
 */
export function changedEntries(changes: ReadonlyMap<string, string>): { keys: string[]; entries: AttendanceRosterEntryInput[] } {
  const keys = [...changes.keys()].sort();
  const entries = keys.map((key) => {
    const [personId, date] = key.split(' ');
    const value = changes.get(key)!;
    return { personId, date, shiftId: value === REST ? null : value };
  });
  return { keys, entries };
}

/** The API's problems with the entries sent (`entries.3.shiftId`) by the cell they concern; the others are left out. */
export function cellProblems(fields: FieldProblem[], keys: string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const problem of fields) {
    const index = /^entries\.(\d+)\./.exec(problem.field)?.[1];
    const key = index === undefined ? undefined : keys[Number(index)];
    if (key && !(key in problems)) problems[key] = problem.message;
  }
  return problems;
}

/** One problem of an imported file: the row as the API counts it (1 = the first after the header), its column, the line and the API's sentence. */
export interface RowProblem {
  row: number;
  column: string;
  line: string | null;
  message: string;
}

/**
 * The API's problems with a roster file's rows (`rows.2.person`), with the line they concern. The API numbers the lines
 * after the header that are not blank, as this does; problems with the whole file (its header) are not rows' and are
 * left out.
 */
export function rowProblems(fields: FieldProblem[], csv: string): RowProblem[] {
  const lines = csv
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(1);
  return fields.flatMap((problem) => {
    const match = /^rows\.(\d+)\.(\w+)$/.exec(problem.field);
    if (!match) return [];
    const row = Number(match[1]);
    return [{ row, column: match[2], line: lines[row - 1] ?? null, message: problem.message }];
  });
}
