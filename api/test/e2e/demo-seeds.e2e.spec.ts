import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, demoOrganizations } from '../../../seeds/demo-data.js';
import { seedMessaging } from '../../../seeds/messaging-history.js';
import { seedAll, seededDemoOrganization } from '../../../seeds/seed.js';
import { startTestApp, until, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * The demo seeds as a fresh install makes them, before the workers start: the construction company with three months
 * of attendance replayed through the services (punches, leave, make-up punches and overtime decided through their
 * approvals, days closed by the nightly job, accruals posted) and three weeks of messaging. Read back through GraphQL as
 * its HR manager and site people: last month's report has everyone with a few late days and some leave, every day of the
 * history is computed, balances add up, department groups, the site group and the announcement channel hold weeks of
 * talk, most of it read, and seeding (or replaying the messaging) again changes nothing.
 */
let t: TestApp;
let hr: GqlClient;
let siteManager: GqlClient;
let siteWorker: GqlClient;
const progress: string[] = [];

const HISTORY_DAYS = 90;
const PEOPLE = 58;

const pad = (value: number) => String(value).padStart(2, '0');
/** A day (YYYY-MM-DD) `offset` days after `day`. */
const plusDays = (day: string, offset: number) => new Date(Date.parse(`${day}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);
const hongKongToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
/** The month before `day`'s, YYYY-MM. */
const lastMonthOf = (day: string) => {
  const [year, month] = day.split('-').map(Number);
  return month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
};

const SUMMARY = `query($month: String!, $skip: Int!) {
  attendanceMonthlySummary(month: $month, skip: $skip, take: 100) {
    totalCount
    items { workingDays daysPresent absentDays lateCount leaveDays makeUpPunches overtimeHours offsiteDays person { id } department { name } }
  }
}`;
const DAYS = 'query($f: AttendanceDayFilter) { attendanceDays(filter: $f, take: 1) { totalCount } }';
const BALANCES = `query($skip: Int!) {
  attendanceLeaveBalances(skip: $skip, take: 100) { totalCount items { available earned used expired pending person { id } leaveType { key } } }
}`;
const REQUESTS = `query($f: AttendanceRequestFilter, $skip: Int! = 0) {
  attendanceRequests(filter: $f, skip: $skip, take: 100) { totalCount items { id kind status approvalRequestId decidedAt } }
}`;
const FLAGGED = 'query($skip: Int!) { attendancePunches(filter: { flagged: true }, skip: $skip, take: 100) { totalCount items { method flags remark } } }';
const APPROVAL = 'query($id: ID!) { approvalRequest(id: $id) { status subjectType subjectId } }';
const COUNTS = `{
  attendancePunches(take: 1) { totalCount }
  flagged: attendancePunches(filter: { flagged: true }, take: 1) { totalCount }
  attendanceRequests(take: 1) { totalCount }
  attendanceDays(take: 1) { totalCount }
  approvalRequests(take: 1) { totalCount }
  conversations(take: 1) { totalCount }
}`;
const MY_CONVERSATIONS = `query($kind: ConversationKind) {
  conversations(filter: { kind: $kind }, take: 50) {
    items { id kind title memberCount lastSeq createdBy { displayName } me { unreadCount readSeq } viewerCan { post } }
  }
}`;
const HISTORY = `query($id: ID!, $before: Int) {
  conversationMessages(conversationId: $id, before: $before, limit: 100) {
    hasMoreBefore
    items { seq kind body important mentionIds createdAt sender { displayName } replyTo { id } location { latitude longitude name address } reactions { emoji count } }
  }
}`;
const construction = demoOrganizations.find((org) => org.slug === 'wanghin')!;
const siteManagerName = construction.people.find((p) => p.key === 'site-1-1')!.displayName;
const hrName = construction.people.find((p) => p.key === 'hr-1')!.displayName;

/** Rows of a read-only SQL statement over the whole database (the checks span both organisations). */
const sqlRows = <T>(statement: string) => t.app.services.orm.em.fork().execute<T[]>(statement);

/** Every message of a conversation, oldest first. */
async function history(client: GqlClient, id: string): Promise<Record<string, any>[]> {
  const messages: Record<string, any>[] = [];
  for (let before: number | null = null; ;) {
    const page = (await client.ok(HISTORY, { id, before })).conversationMessages as { hasMoreBefore: boolean; items: Record<string, any>[] };
    messages.unshift(...page.items);
    if (!page.hasMoreBefore || page.items.length === 0) return messages;
    before = page.items[0].seq;
  }
}

/** What messaging holds in the construction company, and the facts recorded about it. */
async function messagingCounts() {
  const [row] = await sqlRows<Record<string, unknown>>(
    `select (select count(*)::int from conversation where tenant_id = o.id) as conversations,
        (select count(*)::int from conversation_member where tenant_id = o.id) as memberships,
        (select count(*)::int from message where tenant_id = o.id) as messages,
        (select coalesce(sum(read_seq), 0)::int from conversation_member where tenant_id = o.id) as read,
        (select count(*)::int from message_receipt where tenant_id = o.id) as receipts,
        (select count(*)::int from message_reaction where tenant_id = o.id) as reactions,
        (select count(*)::int from message where tenant_id = o.id and edited_at is not null) as edited,
        (select count(*)::int from outbox_event where tenant_id = o.id and type like 'messaging.%') as events
      from organization o where o.slug = 'wanghin'`,
  );
  return row;
}

/** Every page of a list query's items. */
async function all<T>(query: string, field: string, variables: Record<string, unknown> = {}): Promise<T[]> {
  const items: T[] = [];
  for (let skip = 0; ; skip += 100) {
    const page = (await hr.ok(query, { ...variables, skip }))[field] as { totalCount: number; items: T[] };
    items.push(...page.items);
    if (items.length >= page.totalCount || page.items.length === 0) return items;
  }
}

beforeAll(async () => {
  t = await startTestApp({ beforeServe: (services) => seedAll(services, { demo: true, progress: (line) => progress.push(line) }) });
  hr = await t.signIn('hr@wanghin.example.com', DEMO_PASSWORD);
  siteManager = await t.signIn('site1.manager@wanghin.example.com', DEMO_PASSWORD);
  siteWorker = await t.signIn('site1.worker@wanghin.example.com', DEMO_PASSWORD);
}, 1_200_000);

afterAll(async () => {
  await t?.stop();
});

describe('demo seeds', () => {
  it('replays the construction company’s attendance with no step refused, and says what it made', () => {
    const line = progress.find((text) => text.includes('宏建工程有限公司: attendance of'));
    expect(line).toMatch(new RegExp(`attendance of ${PEOPLE} people over three months — \\d+ punches, \\d+ leave, make-up punch and overtime requests, \\d+ days computed — in [\\d.]+ s`));
    expect(progress.filter((text) => text.includes('refused'))).toEqual([]);
  });

  it('gives last month’s report a row for everyone, every working day computed, a few late days, some leave, few absences', async () => {
    const month = lastMonthOf(hongKongToday());
    const rows = await all<Record<string, any>>(SUMMARY, 'attendanceMonthlySummary', { month });
    expect(rows).toHaveLength(PEOPLE);
    const [year, number] = month.split('-').map(Number);
    const next = number === 12 ? `${year + 1}-01` : `${year}-${pad(number + 1)}`;
    const { workingDuration } = await hr.ok<{ workingDuration: { workingDays: number } }>('query($f: DateTimeISO!, $t: DateTimeISO!) { workingDuration(from: $f, to: $t) { workingDays } }', {
      f: `${month}-01T00:00:00+08:00`,
      t: `${next}-01T00:00:00+08:00`,
    });
    // Every working day of the month has its computed day, for everyone (absences and leave included).
    expect(new Set(rows.map((row) => row.workingDays))).toEqual(new Set([workingDuration.workingDays]));
    const sum = (field: string) => rows.reduce((total, row) => total + row[field], 0);
    const workingDays = PEOPLE * workingDuration.workingDays;
    expect(sum('lateCount')).toBeGreaterThan(0);
    expect(sum('lateCount')).toBeLessThan(workingDays * 0.1);
    expect(rows.filter((row) => row.lateCount === 0).length).toBeGreaterThan(PEOPLE / 4);
    expect(sum('leaveDays')).toBeGreaterThan(0);
    expect(sum('absentDays')).toBeLessThan(workingDays * 0.02);
    expect(sum('daysPresent')).toBeGreaterThan(workingDays * 0.85);
    expect(sum('makeUpPunches')).toBeGreaterThan(0);
    expect(sum('overtimeHours')).toBeGreaterThan(0);
    expect(sum('offsiteDays')).toBeGreaterThan(0);
    // The trend charts compare departments: every department with people is there.
    expect(new Set(rows.map((row) => row.department?.name)).size).toBe(7);
  });

  it('computes every day of the history for everyone, weekends and holidays included', async () => {
    const yesterday = plusDays(hongKongToday(), -1);
    const computed = async () => (await hr.ok<{ attendanceDays: { totalCount: number } }>(DAYS, { f: { from: plusDays(hongKongToday(), -HISTORY_DAYS), to: yesterday } })).attendanceDays.totalCount;
    // Just after midnight in Hong Kong the started app's hourly closing computes yesterday's unpunched days in the
    // background: wait for it (bounded), then require every day.
    await until(async () => (await computed()) === PEOPLE * HISTORY_DAYS, 'every day of the history to be computed', 60_000).catch(() => undefined);
    expect(await computed()).toBe(PEOPLE * HISTORY_DAYS);
    const before = await hr.ok<{ attendanceDays: { totalCount: number } }>(DAYS, { f: { to: plusDays(hongKongToday(), -HISTORY_DAYS - 1) } });
    expect(before.attendanceDays.totalCount).toBe(0);
  });

  it('keeps balances that add up: what is available is what was earned less what was taken, never overdrawn', async () => {
    const balances = await all<Record<string, any>>(BALANCES, 'attendanceLeaveBalances');
    expect(new Set(balances.map((b) => b.person.id)).size).toBeGreaterThanOrEqual(PEOPLE);
    for (const balance of balances) {
      expect(balance.available).toBeCloseTo(balance.earned - balance.used - balance.expired, 2);
      expect(balance.available).toBeGreaterThanOrEqual(0);
      expect(balance.pending).toBeGreaterThanOrEqual(0);
    }
    const used = (key: string) => balances.filter((b) => b.leaveType.key === key).reduce((total, b) => total + b.used, 0);
    expect(used('annual')).toBeGreaterThan(0);
    expect(used('sick')).toBeGreaterThan(0);
    // Office staff take some overtime back as time off: granted, in the ledger.
    expect(balances.some((b) => b.leaveType.key === 'compensation' && b.earned > 0)).toBe(true);
  });

  it('decides leave, make-up punches and overtime through their approvals, whose outcome the requests follow', async () => {
    for (const kind of ['LEAVE', 'MAKE_UP_PUNCH', 'OVERTIME']) {
      const { attendanceRequests } = await hr.ok<{ attendanceRequests: { totalCount: number; items: Record<string, any>[] } }>(REQUESTS, { f: { kind } });
      expect(attendanceRequests.totalCount).toBeGreaterThan(0);
      const approved = attendanceRequests.items.filter((request) => request.status === 'APPROVED');
      expect(approved.length).toBeGreaterThan(0);
      for (const request of approved.slice(0, 3)) {
        expect(request.decidedAt).not.toBeNull();
        const { approvalRequest } = await hr.ok(APPROVAL, { id: request.approvalRequestId });
        expect(approvalRequest).toEqual({ status: 'APPROVED', subjectType: 'AttendanceRequest', subjectId: request.id });
      }
    }
    // Leave is also refused, withdrawn or still waiting now and then.
    const leave = await all<Record<string, any>>(REQUESTS, 'attendanceRequests', { f: { kind: 'LEAVE' } });
    expect(new Set(leave.map((request) => request.status))).toEqual(new Set(['APPROVED', 'REJECTED', 'WITHDRAWN', 'PENDING']));
  });

  it('has punches with their doubts: off-site with a remark, and offline', async () => {
    const punches = await all<{ method: string; flags: string[]; remark: string | null }>(FLAGGED, 'attendancePunches');
    expect(punches.some((p) => p.method === 'OFFSITE' && p.flags.includes('OFFSITE') && p.remark)).toBe(true);
    expect(punches.some((p) => p.flags.includes('OFFLINE') && p.method !== 'OFFSITE')).toBe(true);
  });

  it('replays three weeks of messaging with no step refused, and says what it made', () => {
    const line = progress.find((text) => text.includes('宏建工程有限公司: messaging over three weeks'));
    const [, conversations, messages] = line?.match(/— (\d+) conversations, (\d+) messages, \d+ memberships with unread messages — in [\d.]+ s/) ?? [];
    expect(Number(conversations)).toBeGreaterThanOrEqual(15);
    expect(Number(messages)).toBeGreaterThan(150);
    expect(Number(messages)).toBeLessThan(600);
    expect(progress.some((text) => text.includes('啟航教育中心: messaging over three weeks'))).toBe(true);
  });

  it('gives every department of both companies its group, with the department’s people in it and its leaders as owners', async () => {
    const rows = await sqlRows<{ slug: string; department: string; people: number; members: number; owners: number; leaders: number }>(
      `select o.slug, d.name as department,
          (select count(*)::int from membership m join person p on p.id = m.person_id where m.department_id = d.id and p.status = 'ACTIVE') as people,
          (select count(*)::int from conversation_member cm where cm.conversation_id = c.id and cm.left_at is null) as members,
          (select count(*)::int from conversation_member cm where cm.conversation_id = c.id and cm.left_at is null and cm.role = 'OWNER') as owners,
          (select count(*)::int from department_leader l where l.department_id = d.id) as leaders
        from department d join organization o on o.id = d.tenant_id
        left join conversation c on c.department_id = d.id and c.kind = 'DEPARTMENT' and c.archived_at is null
        where o.slug in ('wanghin', 'kaihong')`,
    );
    expect(rows.filter((row) => row.slug === 'wanghin')).toHaveLength(8);
    expect(rows.filter((row) => row.slug === 'kaihong')).toHaveLength(3);
    for (const row of rows) {
      expect(row.members, row.department).toBe(row.people);
      expect(row.owners, row.department).toBe(row.leaders);
    }
    // Through GraphQL: the site manager's own department group, with its sixteen people.
    const { conversations } = await siteManager.ok(MY_CONVERSATIONS, { kind: 'DEPARTMENT' });
    expect(conversations.items.map((c: Record<string, any>) => [c.title, c.memberCount])).toEqual([['地盤一組（啟德）', 16]]);
    expect(conversations.items[0].lastSeq).toBeGreaterThan(0);
    const teacher = await t.signIn('teacher@kaihong.example.com', DEMO_PASSWORD);
    const kaihong = await teacher.ok(MY_CONVERSATIONS, {});
    expect(kaihong.conversations.items.map((c: Record<string, any>) => `${c.kind} ${c.title}`).sort()).toEqual(['ANNOUNCEMENT 中心公告', 'DEPARTMENT 教學部']);
  });

  it('has a site project group started by the site manager with its crew, with site reports at the site’s location, replies and mentions', async () => {
    const { conversations } = await siteWorker.ok(MY_CONVERSATIONS, { kind: 'PROJECT' });
    const site = conversations.items.find((c: Record<string, any>) => c.title === '啟德工地 · 2B 區');
    expect(site).toBeDefined();
    expect(site.memberCount).toBe(18);
    expect(site.createdBy.displayName).toBe(siteManagerName);
    const messages = await history(siteWorker, site.id);
    const locations = messages.filter((m) => m.kind === 'LOCATION');
    expect(locations.length).toBeGreaterThan(10);
    for (const { location } of locations) {
      expect(location.latitude).toBeGreaterThan(22.15);
      expect(location.latitude).toBeLessThan(22.56);
      expect(location.longitude).toBeGreaterThan(113.83);
      expect(location.longitude).toBeLessThan(114.45);
      expect(location.address).toBeTruthy();
    }
    expect(messages.some((m) => m.kind === 'TEXT' && m.body)).toBe(true);
    expect(messages.some((m) => m.replyTo)).toBe(true);
    expect(messages.some((m) => m.mentionIds.length > 0 && m.body.includes('@'))).toBe(true);
    // The other site's group is not the worker's.
    expect(conversations.items.some((c: Record<string, any>) => c.title === '將軍澳工地')).toBe(false);
  });

  it('has HR’s announcement channel for everyone, where only HR posts, some announcements marked important', async () => {
    const { conversations } = await siteWorker.ok(MY_CONVERSATIONS, { kind: 'ANNOUNCEMENT' });
    expect(conversations.items).toHaveLength(1);
    const [channel] = conversations.items;
    expect(channel.title).toBe('公司公告');
    expect(channel.memberCount).toBe(PEOPLE + 1);
    expect(channel.viewerCan.post).toBe(false);
    const messages = await history(siteWorker, channel.id);
    expect(messages.length).toBeGreaterThanOrEqual(5);
    expect(new Set(messages.map((m) => m.sender.displayName))).toEqual(new Set([hrName]));
    expect(messages.some((m) => m.important)).toBe(true);
    expect(messages.some((m) => !m.important)).toBe(true);
    expect(messages.some((m) => m.reactions.length > 0)).toBe(true);
  });

  it('spreads the talk over weeks, each message at its time, with an edit, a recall, reactions, direct chats and replies', async () => {
    const [row] = await sqlRows<Record<string, number>>(
      `select extract(epoch from max(m.created_at) - min(m.created_at))::int / 86400 as days,
          count(*) filter (where m.created_at > now())::int as ahead,
          count(*) filter (where m.edited_at is not null)::int as edited,
          count(*) filter (where m.recalled_at is not null)::int as recalled,
          count(*) filter (where m.reply_to_id is not null)::int as replies,
          count(*) filter (where cardinality(m.mention_ids) > 0)::int as mentions,
          count(*) filter (where m.client_message_id is null and m.sender_id is not null)::int as without_client_id,
          count(distinct m.conversation_id) filter (where c.kind = 'DIRECT')::int as direct,
          (select count(*)::int from message_reaction r where r.tenant_id = o.id) as reactions
        from message m join conversation c on c.id = m.conversation_id join organization o on o.id = m.tenant_id
        where o.slug = 'wanghin' group by o.id`,
    );
    expect(row.days).toBeGreaterThanOrEqual(18);
    expect(row.ahead).toBe(0);
    expect(row.edited).toBeGreaterThanOrEqual(1);
    expect(row.recalled).toBeGreaterThanOrEqual(1);
    expect(row.replies).toBeGreaterThan(10);
    expect(row.mentions).toBeGreaterThan(3);
    expect(row.reactions).toBeGreaterThan(5);
    expect(row.direct).toBeGreaterThanOrEqual(5);
    expect(row.without_client_id).toBe(0);
    // Sequence numbers follow the order messages were sent in, in every conversation people write in. (Work notices get
    // their approval cards as each history is replayed — attendance's three months, then the approvals' — so there a
    // card of an earlier day can follow one of a later day; live, time only moves forward.)
    const [disorder] = await sqlRows<{ n: number }>(
      `select count(*)::int as n from message a join message b on b.conversation_id = a.conversation_id and b.seq = a.seq + 1
         join conversation c on c.id = a.conversation_id
        where b.created_at < a.created_at and c.kind <> 'NOTICES'`,
    );
    expect(disorder.n).toBe(0);
  });

  it('leaves most things read and some recent ones unread', async () => {
    const states: { unreadCount: number; lastSeq: number; readSeq: number }[] = [];
    for (const client of [hr, siteManager, siteWorker]) {
      const { conversations } = await client.ok(MY_CONVERSATIONS, {});
      for (const c of conversations.items) states.push({ unreadCount: c.me.unreadCount, lastSeq: c.lastSeq, readSeq: c.me.readSeq });
    }
    expect(states.length).toBeGreaterThanOrEqual(10);
    for (const state of states) expect(state.unreadCount).toBeLessThanOrEqual(state.lastSeq - Math.min(state.readSeq, state.lastSeq));
    const [row] = await sqlRows<{ memberships: number; read_some: number; unread: number; all_unread: number }>(
      `select count(*)::int as memberships, count(*) filter (where cm.read_seq > 0)::int as read_some,
          count(*) filter (where cm.read_seq < c.last_seq)::int as unread,
          count(*) filter (where cm.read_seq = 0 and c.last_seq > 0)::int as all_unread
        from conversation_member cm join conversation c on c.id = cm.conversation_id join organization o on o.id = cm.tenant_id
        where o.slug = 'wanghin' and cm.left_at is null and c.last_seq > 0 and c.kind <> 'NOTICES'`,
    );
    expect(row.read_some / row.memberships).toBeGreaterThan(0.85);
    expect(row.unread).toBeGreaterThan(0);
    expect(row.unread / row.memberships).toBeLessThan(0.6);
    expect(row.all_unread / row.memberships).toBeLessThan(0.1);
  });

  it('replays the messaging again without sending, reading or recording anything twice', async () => {
    const before = await messagingCounts();
    const demo = demoOrganizations.find((org) => org.slug === 'wanghin')!;
    const seeded = await seededDemoOrganization(t.app.services, demo);
    const again = await seedMessaging(t.app.services, demo, seeded.organizationId, seeded.departmentIds, seeded.people, seeded.admin);
    expect(again.refused).toEqual(new Map());
    expect(await messagingCounts()).toEqual(before);
  });

  it('changes nothing when seeded again: the organisations are there', async () => {
    const before = await hr.ok(COUNTS);
    const again: string[] = [];
    await seedAll(t.app.services, { demo: true, progress: (line) => again.push(line) });
    expect(again).toContain('  宏建工程有限公司: already there, nothing to do');
    expect(await hr.ok(COUNTS)).toEqual(before);
  });
});
