import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomRole, assignRoleById, createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * The example module, through GraphQL only: what a new organisation starts with (welcome notice, default grants),
 * publishing now and at a time (a durable job), confirming reads (idempotent), who has and has not read (managers
 * only), the "fully read" note (an event consumer), the transition table and its optimistic lock, and every forbidden
 * path and bad input.
 */
let t: TestApp;
let org: TestOrg;
let hr: TestPerson;
let staff: TestPerson;
let manager: TestPerson;

const FIELDS = 'id title body status version publishAt publishedAt archivedAt fullyReadAt readByMeAt nextVerbs author { id }';
const CREATE = `mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $publishAt: DateTimeISO, $version: Int) { publishAnnouncement(id: $id, publishAt: $publishAt, version: $version) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!, $version: Int) { archiveAnnouncement(id: $id, version: $version) { ${FIELDS} } }`;
const CONFIRM = `mutation($id: ID!) { confirmAnnouncementRead(id: $id) { ${FIELDS} } }`;
const ONE = `query($id: ID!) { announcement(id: $id) { ${FIELDS} readers { totalCount items { person { id } confirmedAt } } notYetRead { totalCount items { id } } } }`;
const LIST = 'query($f: AnnouncementFilter) { announcements(filter: $f) { totalCount items { id title status } } }';

type Announcement = { id: string; title: string; status: string; version: number; readByMeAt: string | null; fullyReadAt: string | null; nextVerbs: string[] };

async function draft(client: GqlClient = hr.client!, title = 'Typhoon arrangements'): Promise<Announcement> {
  return (await client.ok<{ createAnnouncement: Announcement }>(CREATE, { input: { title, body: 'Signal 8: stay home.\nSignal 3: come in.' } })).createAnnouncement;
}

async function published(title?: string): Promise<Announcement> {
  const created = await draft(hr.client!, title);
  return (await hr.client!.ok<{ publishAnnouncement: Announcement }>(PUBLISH, { id: created.id })).publishAnnouncement;
}

const codeOf = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.map((e) => e.extensions.code);

async function eventsOf(type: string, subjectId: string): Promise<{ actor_id: string | null }[]> {
  return t.sql('select actor_id from outbox_event where type = $1 and subject_id = $2', [type, subjectId]);
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  t = await startTestApp();
  org = await createOrganization(t);
  hr = await createPerson(t, org, { name: 'HR Officer', roles: ['hr'] });
  staff = await createPerson(t, org, { name: 'Staff Member' });
  manager = await createPerson(t, org, { name: 'Team Lead', roles: ['department-manager'] });
});
afterAll(() => t.stop());

describe('announcements: what a new organisation starts with', () => {
  it('a published welcome notice from the first admin, in the organisation’s language, that staff can read', async () => {
    const zh = await createOrganization(t, { locale: 'zh-HK' });
    const list = await zh.admin.ok<{ announcements: { items: { id: string; title: string; status: string }[] } }>(LIST);
    expect(list.announcements.items).toHaveLength(1);
    expect(list.announcements.items[0]).toMatchObject({ status: 'PUBLISHED', title: expect.stringContaining('歡迎使用 Harbour') });
    const one = await zh.admin.ok<{ announcement: { author: { id: string } } }>(ONE, { id: list.announcements.items[0].id });
    expect(one.announcement.author.id).toBe(zh.adminPersonId);
    expect(await eventsOf('announcements.announcement.published', list.announcements.items[0].id)).toEqual([{ actor_id: zh.adminPersonId }]);
    const mine = await staff.client!.ok<{ announcements: { items: { title: string }[] } }>(LIST);
    expect(mine.announcements.items.map((a) => a.title)).toEqual([expect.stringContaining('Welcome to')]);
  });

  it('the rule editor’s vocabulary offers the module’s actions with labels, and the subject with its actions', async () => {
    org.admin.locale = 'zh-HK';
    const data = await org.admin.ok<{ permissionVocabulary: { actions: string[]; actionLabels: { name: string; label: string }[]; subjects: { name: string; label: string; actions: string[] }[] } }>(
      '{ permissionVocabulary { actions actionLabels { name label } subjects { name label actions } } }',
    );
    org.admin.locale = 'en';
    const vocabulary = data.permissionVocabulary;
    expect(vocabulary.actions).toEqual(expect.arrayContaining(['manage', 'read', 'publish', 'confirm', 'track']));
    expect(vocabulary.actionLabels).toEqual(
      expect.arrayContaining([
        { name: 'confirm', label: '確認已讀' },
        { name: 'read', label: '查看' },
      ]),
    );
    expect(vocabulary.subjects.find((s) => s.name === 'Announcement')).toEqual({ name: 'Announcement', label: '公告', actions: ['read', 'create', 'publish', 'archive', 'confirm', 'track'] });
    expect(vocabulary.subjects.find((s) => s.name === 'Person')?.actions).toEqual(['read', 'create', 'update', 'delete', 'archive', 'move', 'assign', 'import', 'verify']);
  });

  it('myPermissions follows the default grants: staff read and confirm, HR manages, neither more nor less', async () => {
    const permissions = async (client: GqlClient) =>
      (await client.ok<{ myPermissions: { subject: string; action: string; allowed: boolean }[] }>('{ myPermissions { subject action allowed } }')).myPermissions
        .filter((p) => p.subject === 'Announcement' && p.allowed)
        .map((p) => p.action);
    expect(await permissions(staff.client!)).toEqual(['read', 'confirm']);
    expect(await permissions(manager.client!)).toEqual(['read', 'confirm']);
    expect(await permissions(hr.client!)).toEqual(['read', 'create', 'publish', 'archive', 'confirm', 'track']);
  });
});

describe('announcements: publishing and reading', () => {
  it('a draft is invisible to staff until it is published; then they confirm once, and managers see who has and has not read', async () => {
    const created = await draft();
    expect(created).toMatchObject({ status: 'DRAFT', version: 1, nextVerbs: ['schedule', 'publish', 'archive'] });
    expect(codeOf(await staff.client!.request(ONE, { id: created.id }))).toEqual(['NOT_FOUND']);
    expect((await staff.client!.ok<{ announcements: { items: { id: string }[] } }>(LIST)).announcements.items.map((a) => a.id)).not.toContain(created.id);

    const live = (await hr.client!.ok<{ publishAnnouncement: Announcement & { publishedAt: string } }>(PUBLISH, { id: created.id, version: 1 })).publishAnnouncement;
    expect(live).toMatchObject({ status: 'PUBLISHED', version: 2, nextVerbs: ['archive'], publishedAt: expect.any(String) });
    const seen = await staff.client!.ok<{ announcement: Announcement & { readers: null; notYetRead: null } }>(ONE, { id: created.id });
    expect(seen.announcement).toMatchObject({ status: 'PUBLISHED', readByMeAt: null, readers: null, notYetRead: null });

    const first = (await staff.client!.ok<{ confirmAnnouncementRead: Announcement }>(CONFIRM, { id: created.id })).confirmAnnouncementRead;
    expect(first.readByMeAt).toEqual(expect.any(String));
    const again = (await staff.client!.ok<{ confirmAnnouncementRead: Announcement }>(CONFIRM, { id: created.id })).confirmAnnouncementRead;
    expect(again.readByMeAt).toBe(first.readByMeAt);
    expect(await eventsOf('announcements.announcement.read_confirmed', created.id)).toEqual([{ actor_id: staff.personId }]);

    const tracked = await hr.client!.ok<{ announcement: { readers: { totalCount: number; items: { person: { id: string } }[] }; notYetRead: { totalCount: number; items: { id: string }[] } } }>(ONE, {
      id: created.id,
    });
    expect(tracked.announcement.readers.totalCount).toBe(1);
    expect(tracked.announcement.readers.items.map((r) => r.person.id)).toEqual([staff.personId]);
    const notYet = tracked.announcement.notYetRead.items.map((p) => p.id);
    expect(notYet).toEqual(expect.arrayContaining([org.adminPersonId, hr.personId, manager.personId]));
    expect(notYet).not.toContain(staff.personId);
    expect(tracked.announcement.notYetRead.totalCount).toBe(notYet.length);
  });

  it('once every active member of staff has confirmed, a consumer notes it as fully read (once)', async () => {
    const small = await createOrganization(t);
    const person = await createPerson(t, small, { name: 'Only Employee' });
    const welcome = (await small.admin.ok<{ announcements: { items: { id: string }[] } }>(LIST)).announcements.items[0].id;
    await person.client!.ok(CONFIRM, { id: welcome });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const half = await small.admin.ok<{ announcement: Announcement }>(ONE, { id: welcome });
    expect(half.announcement.fullyReadAt).toBeNull();
    await small.admin.ok(CONFIRM, { id: welcome });
    const done = await eventually(
      () => small.admin.ok<{ announcement: Announcement }>(ONE, { id: welcome }),
      (data) => data.announcement.fullyReadAt !== null,
    );
    expect(done.announcement.fullyReadAt).toEqual(expect.any(String));
    expect(await eventsOf('announcements.announcement.fully_read', welcome)).toEqual([{ actor_id: null }]);
  });

  it('publishAt in the future schedules it: a durable job publishes it then, with no person as actor', async () => {
    const created = await draft();
    const at = new Date(Date.now() + 1500).toISOString();
    const scheduled = (await hr.client!.ok<{ publishAnnouncement: Announcement & { publishAt: string } }>(PUBLISH, { id: created.id, publishAt: at })).publishAnnouncement;
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', publishAt: at });
    expect(await t.sql("select count(*)::int as n from graphile_worker.jobs where task_identifier = 'announcements.publish-when-due'")).toEqual([{ n: 1 }]);
    const later = await eventually(
      () => hr.client!.ok<{ announcement: Announcement }>(ONE, { id: created.id }),
      (data) => data.announcement.status === 'PUBLISHED',
    );
    expect(later.announcement.status).toBe('PUBLISHED');
    expect(await eventsOf('announcements.announcement.published', created.id)).toEqual([{ actor_id: null }]);
    expect(await t.sql("select count(*)::int as n from graphile_worker.jobs where task_identifier = 'announcements.publish-when-due'")).toEqual([{ n: 0 }]);
  });

  it('archiving a scheduled announcement removes its job; rescheduling replaces it rather than adding one', async () => {
    const created = await draft();
    const inAnHour = new Date(Date.now() + 3600_000).toISOString();
    await hr.client!.ok(PUBLISH, { id: created.id, publishAt: inAnHour });
    await hr.client!.ok(PUBLISH, { id: created.id, publishAt: new Date(Date.now() + 7200_000).toISOString() });
    const jobs = () => t.sql<{ n: number }>("select count(*)::int as n from graphile_worker.jobs where task_identifier = 'announcements.publish-when-due' and key like $1", [`%${created.id}`]);
    expect(await jobs()).toEqual([{ n: 1 }]);
    const archived = (await hr.client!.ok<{ archiveAnnouncement: Announcement }>(ARCHIVE, { id: created.id })).archiveAnnouncement;
    expect(archived).toMatchObject({ status: 'ARCHIVED', nextVerbs: [] });
    expect(await jobs()).toEqual([{ n: 0 }]);
  });
});

describe('announcements: the transition table and its optimistic lock', () => {
  it('illegal moves are ANNOUNCEMENT_INVALID_TRANSITION and change nothing', async () => {
    const live = await published();
    const archived = (await hr.client!.ok<{ archiveAnnouncement: Announcement }>(ARCHIVE, { id: live.id })).archiveAnnouncement;
    for (const [query, variables] of [
      [ARCHIVE, { id: live.id }],
      [PUBLISH, { id: live.id }],
      [PUBLISH, { id: live.id, publishAt: new Date(Date.now() + 60_000).toISOString() }],
    ] as const) {
      const result = await hr.client!.request(query, variables);
      expect(codeOf(result)).toEqual(['ANNOUNCEMENT_INVALID_TRANSITION']);
    }
    expect(codeOf(await hr.client!.request(PUBLISH, { id: (await published()).id }))).toEqual(['ANNOUNCEMENT_INVALID_TRANSITION']);
    expect((await hr.client!.ok<{ announcement: Announcement }>(ONE, { id: live.id })).announcement.version).toBe(archived.version);
  });

  it('a verb sent with a version someone else has since changed is VERSION_CONFLICT', async () => {
    const created = await draft();
    await hr.client!.ok(PUBLISH, { id: created.id, version: created.version });
    const stale = await org.admin.request(ARCHIVE, { id: created.id, version: created.version });
    expect(codeOf(stale)).toEqual(['VERSION_CONFLICT']);
    expect(stale.errors![0].message).toContain('announcement');
    expect((await hr.client!.ok<{ announcement: Announcement }>(ONE, { id: created.id })).announcement.status).toBe('PUBLISHED');
  });

  it('of many deciders archiving at once exactly one wins; the others get a coded conflict and one event is recorded', async () => {
    const live = await published();
    const deciders = [hr.client!, org.admin, hr.client!, org.admin, hr.client!, org.admin, hr.client!, org.admin];
    const results = await Promise.all(deciders.map((client) => client.request(ARCHIVE, { id: live.id })));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    const codes = results.filter((r) => r.errors).map((r) => codeOf(r)![0]);
    expect(codes.every((code) => code === 'VERSION_CONFLICT' || code === 'ANNOUNCEMENT_INVALID_TRANSITION')).toBe(true);
    expect(await eventsOf('announcements.announcement.archived', live.id)).toHaveLength(1);
  });

  it('confirming a draft is ANNOUNCEMENT_NOT_PUBLISHED for those who may see drafts', async () => {
    const created = await draft();
    expect(codeOf(await hr.client!.request(CONFIRM, { id: created.id }))).toEqual(['ANNOUNCEMENT_NOT_PUBLISHED']);
  });
});

describe('announcements: forbidden paths', () => {
  it('staff and department managers may not write, publish or archive; anonymous callers are UNAUTHENTICATED', async () => {
    const created = await draft();
    const live = await published();
    for (const client of [staff.client!, manager.client!]) {
      expect(codeOf(await client.request(CREATE, { input: { title: 'Mine', body: 'Mine' } }))).toEqual(['FORBIDDEN']);
      expect(codeOf(await client.request(PUBLISH, { id: created.id }))).toEqual(['FORBIDDEN']);
      expect(codeOf(await client.request(ARCHIVE, { id: live.id }))).toEqual(['FORBIDDEN']);
    }
    const anonymous = t.anonymous();
    for (const [query, variables] of [
      [LIST, {}],
      [ONE, { id: live.id }],
      [CREATE, { input: { title: 'x', body: 'y' } }],
      [PUBLISH, { id: created.id }],
      [ARCHIVE, { id: live.id }],
      [CONFIRM, { id: live.id }],
    ] as const) {
      expect(codeOf(await anonymous.request(query, variables))).toEqual(['UNAUTHENTICATED']);
    }
    expect((await hr.client!.ok<{ announcement: Announcement }>(ONE, { id: created.id })).announcement.status).toBe('DRAFT');
    expect((await hr.client!.ok<{ announcement: Announcement }>(ONE, { id: live.id })).announcement.status).toBe('PUBLISHED');
  });

  it('staff confirming a draft they cannot see get NOT_FOUND; a role that reads but may not confirm gets FORBIDDEN', async () => {
    const created = await draft();
    expect(codeOf(await staff.client!.request(CONFIRM, { id: created.id }))).toEqual(['NOT_FOUND']);
    const reader = await createPerson(t, org, { name: 'Read Only', roles: [] });
    await assignRoleById(org, reader.personId, await createCustomRole(org, 'Notice reader', [{ action: 'read', subject: 'Announcement' }]));
    const live = await published();
    expect(codeOf(await reader.client!.request(CONFIRM, { id: live.id }))).toEqual(['FORBIDDEN']);
    const seen = await reader.client!.ok<{ announcement: { readers: null; notYetRead: null } }>(ONE, { id: live.id });
    expect(seen.announcement).toMatchObject({ readers: null, notYetRead: null });
    expect(await eventsOf('announcements.announcement.read_confirmed', live.id)).toEqual([]);
  });

  it('a role that may publish only its author’s own announcements cannot publish someone else’s', async () => {
    const author = await createPerson(t, org, { name: 'Own notices', roles: [] });
    await assignRoleById(
      org,
      author.personId,
      await createCustomRole(org, 'Own notices', [
        { action: 'read', subject: 'Announcement' },
        { action: 'create', subject: 'Announcement' },
        { action: 'publish', subject: 'Announcement', conditions: { authorId: '$me' } },
      ]),
    );
    const own = await draft(author.client!, 'Mine');
    expect((await author.client!.ok<{ publishAnnouncement: Announcement }>(PUBLISH, { id: own.id })).publishAnnouncement.status).toBe('PUBLISHED');
    const others = await draft();
    expect(codeOf(await author.client!.request(PUBLISH, { id: others.id }))).toEqual(['FORBIDDEN']);
  });
});

describe('announcements: bad input', () => {
  it('refuses empty, blank and too long texts, a publishAt in the past, malformed and unknown ids — writing nothing', async () => {
    const before = (await hr.client!.ok<{ announcements: { totalCount: number } }>(LIST)).announcements.totalCount;
    expect(fieldsOf(await hr.client!.request(CREATE, { input: { title: '  ', body: '' } }))).toEqual([
      ['title', 'REQUIRED'],
      ['body', 'REQUIRED'],
    ]);
    expect(fieldsOf(await hr.client!.request(CREATE, { input: { title: 'x'.repeat(201), body: 'ok' } }))).toEqual([['title', 'TOO_LONG']]);
    expect(codeOf(await hr.client!.request(CREATE, { input: { title: 'Tab\u0007bell', body: 'ok' } }))).toEqual(['BAD_USER_INPUT']);
    const created = await draft();
    expect(fieldsOf(await hr.client!.request(PUBLISH, { id: created.id, publishAt: new Date(Date.now() - 60_000).toISOString() }))).toEqual([['publishAt', 'INVALID_VALUE']]);
    expect(codeOf(await hr.client!.request(PUBLISH, { id: created.id, publishAt: 'tomorrow' }))).toEqual(['BAD_USER_INPUT']);
    expect(codeOf(await hr.client!.request(PUBLISH, { id: 'not-a-uuid' }))).toEqual(['BAD_USER_INPUT']);
    expect(codeOf(await hr.client!.request(ARCHIVE, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual(['NOT_FOUND']);
    expect(codeOf(await hr.client!.request(LIST, { f: { status: 'GONE' } }))).toEqual(['BAD_USER_INPUT']);
    expect((await hr.client!.ok<{ announcements: { totalCount: number } }>(LIST)).announcements.totalCount).toBe(before + 1);
    expect((await hr.client!.ok<{ announcement: Announcement }>(ONE, { id: created.id })).announcement.status).toBe('DRAFT');
  });
});
