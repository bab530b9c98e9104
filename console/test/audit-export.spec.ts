import { describe, expect, it } from 'vitest';
import { auditCsv } from '../src/resources/audit/auditExport';
import type { AuditEntry } from '../src/resources/audit/dataProvider';

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 'e1',
  sequence: 1,
  occurredAt: '2026-12-01T00:00:00.000Z',
  action: 'org.department.created',
  actorId: null,
  actorName: 'Admin',
  targetType: 'Department',
  targetId: 't1',
  targetLabel: 'Sales',
  before: null,
  after: { name: 'Sales' },
  ip: '127.0.0.1',
  userAgent: 'test',
  requestId: 'r1',
  previousHash: null,
  references: [],
  hash: 'h1',
  ...overrides,
});

describe('audit CSV export', () => {
  it('puts one apostrophe before values a spreadsheet would run as formulas (and before a leading apostrophe), nowhere else', () => {
    const csv = auditCsv([
      entry({ sequence: 1, targetLabel: '=HYPERLINK("http://evil.example","x")' }),
      entry({ sequence: 2, targetLabel: "'quoted" }),
      entry({ sequence: 3, targetLabel: '+852 1234', actorName: '@home', userAgent: '-x' }),
      entry({ sequence: 4, targetLabel: 'Sales = revenue' }),
    ]);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(lines[2]).toContain(`"''quoted"`);
    expect(lines[3]).toContain(`"'+852 1234"`);
    expect(lines[3]).toContain(`"'@home"`);
    expect(lines[3]).toContain(`"'-x"`);
    expect(lines[4]).toContain('"Sales = revenue"');
    // null stays an empty unquoted field; the JSON and the time as recorded
    expect(lines[4]).toMatch(/^"4","2026-12-01T00:00:00.000Z",.*,,"\{""name"":""Sales""\}"/);
  });
});
