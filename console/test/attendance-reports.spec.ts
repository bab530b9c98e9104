import { describe, expect, it } from 'vitest';
import { modules } from '../src/App';
import { buildCatalogs } from '../src/i18n/catalogs';
import {
  addMonths,
  byDepartment,
  fileBlob,
  figureFormats,
  hasBegun,
  monthOf,
  niceMax,
  NO_DEPARTMENT,
  OTHER_DEPARTMENTS,
  ranked,
  recentMonths,
  trend,
  type PersonMonth,
} from '../src/resources/attendance/reports';

function personMonth(person: string, department: string | null, figures: Partial<PersonMonth> = {}): PersonMonth {
  return {
    person: { id: `p-${person}`, displayName: person },
    department: department ? { id: `d-${department}`, name: department } : null,
    workingDays: 20,
    daysPresent: 20,
    absentDays: 0,
    lateCount: 0,
    lateMinutes: 0,
    earlyLeaveCount: 0,
    earlyLeaveMinutes: 0,
    missingPunches: 0,
    offsiteDays: 0,
    restDaysWorked: 0,
    leaveDays: 0,
    makeUpPunches: 0,
    overtimeHours: 0,
    workedHours: 160,
    ...figures,
  };
}

describe('attendance month screens: their arithmetic', () => {
  it('counts months across years, the trend’s six ending with the chosen one', () => {
    expect(monthOf(new Date(2026, 0, 31, 23, 59))).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-03', -15)).toBe('2024-12');
    expect(recentMonths('2026-03', 6)).toEqual(['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    expect(recentMonths('2026-03', 1)).toEqual(['2026-03']);
  });

  it('offers to lock only the months that have begun', () => {
    expect(hasBegun('2026-03', '2026-03')).toBe(true);
    expect(hasBegun('2025-12', '2026-03')).toBe(true);
    expect(hasBegun('2026-04', '2026-03')).toBe(false);
    expect(hasBegun('2027-01', '2026-12')).toBe(false);
  });

  it('sums people’s months by department, by name, those without one last and together', () => {
    const departments = byDepartment([
      personMonth('陳大文', '工程部', { lateCount: 2, lateMinutes: 25, absentDays: 1 }),
      personMonth('李小明', null, { lateCount: 1, lateMinutes: 5 }),
      personMonth('黃美玲', 'Accounts', { absentDays: 3 }),
      personMonth('張志強', '工程部', { lateCount: 3, lateMinutes: 40 }),
      { ...personMonth('hidden', null, { absentDays: 2 }), person: null },
    ]);
    expect(departments).toEqual([
      { key: 'd-Accounts', name: 'Accounts', people: 1, lateCount: 0, lateMinutes: 0, absentDays: 3 },
      { key: 'd-工程部', name: '工程部', people: 2, lateCount: 5, lateMinutes: 65, absentDays: 1 },
      { key: NO_DEPARTMENT, name: null, people: 2, lateCount: 1, lateMinutes: 5, absentDays: 2 },
    ]);
    expect(byDepartment([])).toEqual([]);
  });

  it('ranks the departments of a chart by its figure, the largest first, then by name', () => {
    const departments = byDepartment([
      personMonth('a', 'Site B', { lateCount: 4, absentDays: 1 }),
      personMonth('b', 'Site A', { lateCount: 4 }),
      personMonth('c', 'Office', { lateCount: 1, absentDays: 5 }),
      personMonth('d', null, { lateCount: 9 }),
    ]);
    expect(ranked(departments, 'lateCount')).toEqual([
      { key: NO_DEPARTMENT, name: null, value: 9 },
      { key: 'd-Site A', name: 'Site A', value: 4 },
      { key: 'd-Site B', name: 'Site B', value: 4 },
      { key: 'd-Office', name: 'Office', value: 1 },
    ]);
    expect(ranked(departments, 'absentDays').map((bar) => [bar.name, bar.value])).toEqual([
      ['Office', 5],
      ['Site B', 1],
      ['Site A', 0],
      [null, 0],
    ]);
  });

  it('draws one trend line per department over the months, 0 where it had no one, the smallest summed into one', () => {
    const months = [
      { month: '2026-01', rows: [personMonth('a', 'Site', { lateCount: 2 }), personMonth('b', 'Office', { lateCount: 1 })] },
      { month: '2026-02', rows: [personMonth('a', 'Site', { lateCount: 3 }), personMonth('c', 'Site', { lateCount: 1 })] },
      { month: '2026-03', rows: [personMonth('b', 'Office', { lateCount: 5 }), personMonth('d', 'Store', { lateCount: 1, absentDays: 2 })] },
    ];
    expect(trend(months, 'lateCount')).toEqual([
      { key: 'd-Office', name: 'Office', values: [1, 0, 5] },
      { key: 'd-Site', name: 'Site', values: [2, 4, 0] },
      { key: 'd-Store', name: 'Store', values: [0, 0, 1] },
    ]);
    expect(trend(months, 'absentDays')[0]).toEqual({ key: 'd-Store', name: 'Store', values: [0, 0, 2] });
    expect(trend(months, 'lateCount', 1)).toEqual([
      { key: 'd-Office', name: 'Office', values: [1, 0, 5] },
      { key: OTHER_DEPARTMENTS, name: null, values: [2, 4, 1] },
    ]);
    expect(trend([{ month: '2026-01', rows: [] }], 'lateCount')).toEqual([]);
  });

  it('ends a scale on a round number at or above the largest value', () => {
    expect(niceMax([])).toBe(1);
    expect(niceMax([0])).toBe(1);
    expect(niceMax([3])).toBe(5);
    expect(niceMax([7, 2])).toBe(10);
    expect(niceMax([11])).toBe(20);
    expect(niceMax([23])).toBe(25);
    expect(niceMax([260])).toBe(500);
  });

  it('writes counts and hours in the console language', () => {
    expect(figureFormats('en').count(1234)).toBe('1,234');
    expect(figureFormats('en').hours(160)).toBe('160.0');
    expect(figureFormats('zh-HK').hours(7.25)).toBe('7.3');
    expect(figureFormats('zh-CN').count(0)).toBe('0');
  });

  it('saves the report file with its bytes and media type (the CSV’s BOM kept)', async () => {
    const csv = '\uFEFF姓名,部門\r\n陳大文,工程部\r\n';
    const blob = fileBlob({ base64: Buffer.from(csv, 'utf8').toString('base64'), contentType: 'text/csv; charset=utf-8' });
    expect(blob.type).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe(csv);
  });

  it('has the months’ statuses and the report’s columns and charts in the three languages', () => {
    const catalogs = buildCatalogs(modules);
    for (const locale of ['en', 'zh-HK', 'zh-CN'] as const) {
      const attendance = (catalogs[locale] as any).harbour.attendance;
      for (const status of ['OPEN', 'LOCKED']) expect(typeof attendance.months.statuses[status], `${locale} ${status}`).toBe('string');
      for (const key of ['lateness', 'absence', 'trend', 'late_count', 'absent_days']) expect(typeof attendance.report.charts[key], `${locale} ${key}`).toBe('string');
      expect(Object.keys(attendance.report.columns)).toHaveLength(16);
    }
    expect((catalogs['zh-HK'] as any).harbour.attendance.months.statuses).toEqual({ OPEN: '開放', LOCKED: '已鎖定' });
  });
});
