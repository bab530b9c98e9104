import { globSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modules } from '../src/App';
import { assembleConsole } from '../src/HarbourConsole';
import { buildCatalogs } from '../src/i18n/catalogs';
import { defineMessages, type ConsoleModule, type ConsoleResource } from '../src/module';
import { resourceDataProvider } from '../src/providers/dataProvider';
import { isAllowed, type MyPermission } from '../src/providers/permissions';

const resources = modules.flatMap((module) => module.resources ?? []);
const resource = (name: string): ConsoleResource => resources.find((candidate) => candidate.name === name)!;
const access = (name: string) => ({ subject: resource(name).subject!, actions: resource(name).actions });
const grant = (subject: string, action: string, conditional = false): MyPermission => ({ subject, action, allowed: true, conditional });

/** A module of one resource, for checking how modules combine. */
function fakeModule(name: string, extra: Partial<ConsoleModule> = {}): ConsoleModule {
  return {
    name,
    resources: [
      {
        name,
        subject: 'Thing',
        dataProvider: resourceDataProvider(
          { getOne: async (id) => ({ id, from: name }), getList: async () => ({ data: [{ id: 1 }, { id: 2 }], total: 2 }) },
          { echo: async (...args: unknown[]) => args },
        ),
      },
    ],
    ...extra,
  };
}

describe('console modules', () => {
  it('assemble into one console', () => {
    const assembled = assembleConsole(modules);
    expect(assembled.dashboard).toBeDefined();
    expect(assembled.views.map((view) => view.name)).toEqual(expect.arrayContaining(['departments', 'people', 'roles', 'audit', 'jobRanks']));
    expect(assembled.routes.map((route) => route.path)).toEqual(expect.arrayContaining(['/import', '/settings']));
  });

  it('give every resource with screens an API subject, so menus and buttons follow the permissions', () => {
    for (const { name, views, subject } of resources) if (views) expect(subject, name).toBeTruthy();
  });

  it('route each data provider call to the resource that owns it, named operations without the resource', async () => {
    const { dataProvider } = assembleConsole([fakeModule('alpha'), fakeModule('beta')]);
    expect((await dataProvider.getOne('beta', { id: 7 })).data).toEqual({ id: 7, from: 'beta' });
    expect(await (dataProvider as unknown as { echo: (...args: unknown[]) => Promise<unknown> }).echo('alpha', 1, 'two')).toEqual([1, 'two']);
    // getMany defaults to one getOne per id; a method the resource does not have is refused.
    expect((await dataProvider.getMany('alpha', { ids: [1, 2] })).data).toEqual([
      { id: 1, from: 'alpha' },
      { id: 2, from: 'alpha' },
    ]);
    await expect(dataProvider.create('alpha', { data: {} })).rejects.toThrow('Cannot create alpha');
    expect(() => dataProvider.getOne('gamma', { id: 1 })).toThrow('Unknown resource gamma');
  });

  it('refuse a resource, a route or a message that two modules define', () => {
    expect(() => assembleConsole([fakeModule('alpha'), fakeModule('alpha')])).toThrow('The resource alpha of the alpha module is already defined');
    const page = { path: '/page', element: null as never };
    expect(() => assembleConsole([fakeModule('alpha', { routes: [page] }), fakeModule('beta', { routes: [page] })])).toThrow('The route /page is defined twice');
    const label = (text: string) =>
      defineMessages(
        { harbour: { audit: { actions: { alpha_thing_done: text } } } },
        { 'zh-HK': { harbour: { audit: { actions: { alpha_thing_done: text } } } }, 'zh-CN': { harbour: { audit: { actions: { alpha_thing_done: text } } } } },
      );
    expect(() => buildCatalogs([...modules, { name: 'alpha', messages: label('Done') }])).not.toThrow();
    expect(() =>
      buildCatalogs([
        { name: 'alpha', messages: label('Done') },
        { name: 'beta', messages: label('Finished') },
      ]),
    ).toThrow('The message harbour.audit.actions.alpha_thing_done of the beta module is already defined');
    expect(() => buildCatalogs([{ name: 'alpha', messages: defineMessages({ harbour: { app: 'x' } }, { 'zh-HK': { harbour: { app: 'x' } }, 'zh-CN': { harbour: { app: 'x' } } }) }])).toThrow(
      'The message harbour.app of the alpha module is already defined',
    );
  });

  it('keep to their folders: only App.tsx imports a module, and a module imports only shared code and its own files', () => {
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    // A module is a folder under resources/ or pages/ (pages/LoginPage.tsx belongs to the shell).
    const folderOf = (path: string) => {
      const folder = /^(resources|pages)\/[^/]+/.exec(path)?.[0];
      return folder && statSync(join(src, folder), { throwIfNoEntry: false })?.isDirectory() ? folder : undefined;
    };
    const crossings = globSync('**/*.{ts,tsx}', { cwd: src, exclude: ['gql/**'] }).flatMap((file) =>
      [...readFileSync(join(src, file), 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)].flatMap(([, specifier]) => {
        const target = relative(src, join(src, dirname(file), specifier));
        const owner = folderOf(target);
        return owner && file !== 'App.tsx' && folderOf(file) !== owner ? [`${file} imports ${target}`] : [];
      }),
    );
    expect(crossings).toEqual([]);
  });

  it('let the example module (announcements) plug in without touching anything outside its folder but the line registering it', () => {
    // Its screens, operations, catalog slice and audit labels live in its folder; the generated types are generated.
    const src = fileURLToPath(new URL('../src/', import.meta.url));
    const mentions = globSync('**/*.{ts,tsx}', { cwd: src, exclude: ['resources/announcements/**', 'gql/**'] }).flatMap((file) =>
      readFileSync(join(src, file), 'utf8')
        .split('\n')
        // The module's own names; an "announcement channel" of messaging is another thing.
        .flatMap((line, index) => (/\bannouncements\b|\bAnnouncement\w*/.test(line) ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
    );
    expect(mentions).toEqual([
      expect.stringMatching(/^App\.tsx:\d+: import \{ announcements \} from '\.\/resources\/announcements';$/),
      // Its entry in the list (one line, or one of the lines the list is wrapped over).
      expect.stringMatching(/^App\.tsx:\d+: (export const modules: readonly ConsoleModule\[\] = \[.*)?\bannouncements\b(,|.*\];)$/),
    ]);
  });

  it("read react-admin's actions as the API subject and actions each resource declares", () => {
    const archivePeople = [grant('Person', 'archive')];
    expect(isAllowed(archivePeople, access('people'), 'delete')).toBe(true);
    expect(isAllowed([grant('Person', 'delete')], access('people'), 'delete')).toBe(false);
    expect(isAllowed([grant('Role', 'delete')], access('roles'), 'delete')).toBe(true);
    expect(isAllowed([grant('Department', 'read')], access('departments'), 'list')).toBe(true);
    // A record's own answers decide for it, either way: a grant limited to some records says nothing about this one.
    expect(isAllowed([grant('Person', 'update')], access('people'), 'edit', { viewerCan: { update: false } })).toBe(false);
    expect(isAllowed([grant('Person', 'update', true)], access('people'), 'edit', { viewerCan: { update: true } })).toBe(true);
    expect(isAllowed(archivePeople, access('people'), 'delete', { viewerCan: { archive: false } })).toBe(false);
    // An action the record has no answer for falls back to the grants.
    expect(isAllowed(archivePeople, access('people'), 'delete', { viewerCan: { update: false } })).toBe(true);
    // An import acts on the whole organisation: a department-scoped grant is not enough.
    expect(isAllowed([grant('Person', 'import', true)], access('people'), 'import')).toBe(false);
    expect(isAllowed([grant('Person', 'import')], access('people'), 'import')).toBe(true);
    expect(isAllowed([grant('Thing', 'read')], undefined, 'list')).toBe(false);
    // Who has read an announcement is listed for those who may track it, not for every reader of it.
    expect(isAllowed([grant('Announcement', 'read', true)], access('announcementReaders'), 'list')).toBe(false);
    expect(isAllowed([grant('Announcement', 'track')], access('announcementNonReaders'), 'list')).toBe(true);
    expect(isAllowed([grant('Announcement', 'publish')], access('announcements'), 'publish')).toBe(true);
    expect(isAllowed([grant('Announcement', 'read')], access('announcements'), 'publish')).toBe(false);
  });
});
