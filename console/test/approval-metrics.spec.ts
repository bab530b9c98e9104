import { describe, expect, it } from 'vitest';
import { buildCatalogs } from '../src/i18n/catalogs';
import { modules } from '../src/App';
import { ended, metricFormats, niceMax, periodRange, shortLabel, stack, stepName, templateRows, totals, type TemplateMetrics } from '../src/resources/approvals/metrics';

function figures(name: string | null, counts: Partial<TemplateMetrics> = {}): TemplateMetrics {
  return {
    template: name ? { id: `id-${name}`, name } : null,
    submitted: 0,
    approved: 0,
    rejected: 0,
    withdrawn: 0,
    revoked: 0,
    returned: 0,
    rejectionRate: null,
    returnRate: null,
    medianCycleHours: null,
    p90CycleHours: null,
    slaBreaches: 0,
    rubberStamps: 0,
    nodes: [],
    ...counts,
  };
}

describe('approval metrics page: its arithmetic', () => {
  it('asks for whole local days: the last 30 or 90 end with today, a chosen period includes its last day', () => {
    const now = new Date(2026, 2, 15, 14, 30);
    expect(periodRange('LAST_30', now)).toEqual({ from: new Date(2026, 1, 14).toISOString(), to: new Date(2026, 2, 16).toISOString() });
    expect(periodRange('LAST_90', now)).toEqual({ from: new Date(2025, 11, 16).toISOString(), to: new Date(2026, 2, 16).toISOString() });
    expect(periodRange('CUSTOM', now, { from: '2026-01-01', to: '2026-01-31' })).toEqual({ from: new Date(2026, 0, 1).toISOString(), to: new Date(2026, 1, 1).toISOString() });
    // One day is a period; the end before the start, a missing day or more than the API's two years is not.
    expect(periodRange('CUSTOM', now, { from: '2026-01-05', to: '2026-01-05' })).toEqual({ from: new Date(2026, 0, 5).toISOString(), to: new Date(2026, 0, 6).toISOString() });
    expect(periodRange('CUSTOM', now, { from: '2026-01-05', to: '2026-01-04' })).toBeNull();
    expect(periodRange('CUSTOM', now, { from: null, to: '2026-01-04' })).toBeNull();
    expect(periodRange('CUSTOM', now, { from: '2023-01-01', to: '2026-01-01' })).toBeNull();
    expect(periodRange('CUSTOM', now, { from: '2024-01-01', to: '2025-12-31' })).not.toBeNull();
  });

  it('writes counts, hours and rates in the console language, and a dash for none', () => {
    const en = metricFormats('en');
    expect(en.count(12345)).toBe('12,345');
    expect(en.hours(2.345)).toBe('2.3');
    expect(en.hours(40)).toBe('40.0');
    expect(en.rate(1 / 3)).toBe('33.3%');
    expect(en.rate(0.5)).toBe('50%');
    expect(en.hours(null)).toBe('—');
    expect(en.rate(undefined)).toBe('—');
    expect(metricFormats('zh-HK').count(1234)).toBe('1,234');
    expect(metricFormats('zh-CN').rate(0.25)).toBe('25%');
  });

  it('lists the busiest templates first, then by name; one the caller may not read keeps a place of its own', () => {
    const rows = templateRows([
      figures('Leave', { submitted: 2 }),
      figures(null, { submitted: 1 }),
      figures('Expenses', { submitted: 3, approved: 2 }),
      figures('Advance', { submitted: 2 }),
      figures(null, { approved: 1 }),
    ]);
    expect(rows.map((row) => row.name)).toEqual(['Expenses', 'Advance', 'Leave', null, null]);
    expect(new Set(rows.map((row) => row.key)).size).toBe(5);
    expect(rows[0].key).toBe('id-Expenses');
  });

  it('sums counts over templates and works the rates out again from the sums (not an average of rates)', () => {
    const sum = totals([
      figures('A', { submitted: 10, approved: 9, rejected: 1, returned: 1, slaBreaches: 2, rubberStamps: 3, rejectionRate: 0.1, returnRate: 0.1 }),
      figures('B', { submitted: 2, approved: 0, rejected: 2, returned: 2, withdrawn: 1, revoked: 1, rejectionRate: 1, returnRate: 1 }),
    ]);
    expect(sum).toEqual({
      submitted: 12,
      approved: 9,
      rejected: 3,
      withdrawn: 1,
      revoked: 1,
      returned: 3,
      slaBreaches: 2,
      rubberStamps: 3,
      rejectionRate: 3 / 12,
      returnRate: 3 / 12,
    });
    expect(totals([figures('C', { withdrawn: 1 })])).toMatchObject({ rejectionRate: null, returnRate: null });
    expect(ended(figures('D', { approved: 1, rejected: 2, withdrawn: 3, revoked: 4, returned: 5 }))).toBe(10);
  });

  it('stacks the outcomes end to end, leaving out the empty ones', () => {
    expect(
      stack([
        { key: 'approved', value: 3 },
        { key: 'rejected', value: 0 },
        { key: 'withdrawn', value: 2 },
        { key: 'revoked', value: 1 },
      ]),
    ).toEqual([
      { key: 'approved', value: 3, start: 0 },
      { key: 'withdrawn', value: 2, start: 3 },
      { key: 'revoked', value: 1, start: 5 },
    ]);
  });

  it('ends a scale on a round number at or above the largest value', () => {
    expect(niceMax([])).toBe(1);
    expect(niceMax([null, 0])).toBe(1);
    expect(niceMax([0.3])).toBe(1);
    expect(niceMax([3])).toBe(5);
    expect(niceMax([7, 2])).toBe(10);
    expect(niceMax([10])).toBe(10);
    expect(niceMax([11])).toBe(20);
    expect(niceMax([23.5])).toBe(25);
    expect(niceMax([260])).toBe(500);
  });

  it('names a step as the current version does, or by its id; shortens long labels', () => {
    expect(stepName({ nodeId: 'manager', name: '主管審批' })).toBe('主管審批');
    expect(stepName({ nodeId: 'gone', name: null })).toBe('gone');
    expect(shortLabel('短')).toBe('短');
    expect(shortLabel('一二三四五六七八九十一二三', 12)).toBe('一二三四五六七八九十一…');
  });

  it('has every column and chart label in the three languages', () => {
    const catalogs = buildCatalogs(modules);
    for (const locale of ['en', 'zh-HK', 'zh-CN'] as const) {
      const metrics = (catalogs[locale] as any).harbour.approvals.metrics;
      for (const key of [
        'submitted',
        'approved',
        'rejected',
        'withdrawn',
        'revoked',
        'returned',
        'median_cycle',
        'p90_cycle',
        'rejection_rate',
        'return_rate',
        'breaches',
        'rubber_stamps',
        'decided',
        'median_decision',
        'p90_decision',
      ])
        expect(typeof metrics.columns[key], `${locale} ${key}`).toBe('string');
    }
  });
});
