import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, isInputObjectType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { registerModules } from '../src/app/create-app.js';
import { modules } from '../src/app/modules.js';
import { buildAppSchema } from '../src/app/schema.js';
import { projectRoot } from '../src/config/config.js';
import { actionsOf, allActions, coreActions, isAction, subjectDefinition } from '../src/core/authz/vocabulary.js';
import { allEvents } from '../src/core/events/catalog.js';
import { hasMessage } from '../src/core/i18n/i18n.js';
import { allTransitionTables } from '../src/core/transitions/transitions.js';
import { announcementsModule } from '../src/modules/announcements/index.js';
import { builtInRoleRules, builtInRoles } from '../src/modules/access/index.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

describe('architecture', () => {
  it('gates every root field (query, mutation, subscription) with @Can, @SignedIn, @PlatformAdmin or @Public', async () => {
    await buildAppSchema();
    const storage = getMetadataStorage();
    const gated = new Set(storage.authorizedFields.map((f) => `${f.target.name}.${f.fieldName}`));
    const roots = [...storage.queries, ...storage.mutations, ...storage.subscriptions];
    expect(roots.length).toBeGreaterThan(30);
    const ungated = roots.filter((r) => !gated.has(`${r.target.name}.${r.methodName}`)).map((r) => `${r.target.name}.${r.methodName}`);
    expect(ungated).toEqual([]);
  });

  it('names in every @Can gate a declared action that applies to a declared subject', async () => {
    registerModules();
    await buildAppSchema();
    const gates = getMetadataStorage()
      .authorizedFields.flatMap((f) => (f.roles as string[]).map((gate) => ({ at: `${f.target.name}.${f.fieldName}`, gate })))
      .filter(({ gate }) => gate.includes(':'));
    expect(gates.length).toBeGreaterThan(30);
    const wrong = gates.filter(({ gate }) => {
      const [action, subject] = gate.split(':');
      const definition = subjectDefinition(subject);
      return !isAction(action) || !definition || (action !== 'manage' && !actionsOf(definition).includes(action));
    });
    expect(wrong).toEqual([]);
  });

  it('has a label for every subject (SUBJECT_<name>) and messages for every transition table’s error', async () => {
    registerModules();
    await buildAppSchema();
    const subjects = modules.flatMap((m) => m.subjects ?? []).map((s) => s.name);
    expect(subjects.filter((name) => !hasMessage(`SUBJECT_${name}`))).toEqual([]);
    expect(allTransitionTables().length).toBeGreaterThan(0);
    expect(allTransitionTables().filter((table) => !hasMessage(table.invalidCode))).toEqual([]);
  });

  it('has a description on every type, field and root field of the schema', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name)) continue;
      const isRoot = ['Query', 'Mutation', 'Subscription'].includes(type.name);
      if (!type.description && !isRoot) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('declares a length limit (@Text, @LongText or @TextArgs) for every String argument and input field', async () => {
    const schema = await buildAppSchema();
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (getNamedType(field.type).name === 'String' && !field.extensions?.text) undeclared.push(`${type.name}.${field.name}`);
        }
      } else if (isObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          const limits = (field.extensions?.textArgs ?? {}) as Record<string, unknown>;
          for (const arg of field.args) {
            if (getNamedType(arg.type).name === 'String' && !limits[arg.name]) undeclared.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('has en, zh-HK and zh-CN texts for every error code the code base throws', () => {
    registerModules();
    const codes = new Set<string>();
    for (const file of sourceFiles(join(projectRoot, 'api/src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/new AppError\('([A-Z_]+)'/g)) codes.add(match[1]);
      for (const match of text.matchAll(/code: '([A-Z_]+)'/g)) codes.add(match[1]);
      for (const match of text.matchAll(/(?:codedError|errorResponse)\('([A-Z_]+)'/g)) codes.add(match[1]);
    }
    expect(codes.size).toBeGreaterThan(20);
    expect([...codes].filter((code) => !hasMessage(code) && code !== 'GRAPHQL_VALIDATION_FAILED')).toEqual([]);
  });

  it('declares (with a JSON Schema) every event type the code records, and records every declared one', () => {
    registerModules();
    const recorded = new Set<string>();
    for (const file of ['api/src/modules', 'api/src/core'].flatMap((dir) => sourceFiles(join(projectRoot, dir)))) {
      if (file.endsWith('.events.ts') || file.endsWith('index.ts')) continue;
      for (const match of readFileSync(file, 'utf8').matchAll(/type: '([a-z_]+\.[a-z_]+\.[a-z_]+)'/g)) recorded.add(match[1]);
    }
    const declared = allEvents().map((e) => e.type);
    expect([...recorded].filter((type) => !declared.includes(type))).toEqual([]);
    expect(declared.filter((type) => !recorded.has(type))).toEqual([]);
  });

  it('records an event in every transaction of a module (subscribers and integrations see every change as an event)', () => {
    // A textual check: a transaction that records only on some paths passes (sign-in records the lockout, not each
    // failed attempt, which no query shows) — those are for review; one that never records fails here.
    // …or that calls a module function that records, itself or through another (one write path shared by a mutation and
    // a set-up, say): a function's text runs from its declaration to the next one.
    const files = sourceFiles(join(projectRoot, 'api/src/modules'));
    const functions = new Map<string, string>();
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const declarations = [...text.matchAll(/^(?:export )?(?:async )?function (\w+)/gm)];
      declarations.forEach((declaration, index) => functions.set(declaration[1], text.slice(declaration.index, declarations[index + 1]?.index)));
    }
    const recorders = new Set<string>();
    const records = (body: string) => body.includes('ctx.record(') || [...recorders].some((name) => new RegExp(`\\b${name}\\(`).test(body));
    for (let grown = true; grown;) {
      grown = false;
      for (const [name, body] of functions) {
        if (!recorders.has(name) && records(body)) grown = Boolean(recorders.add(name));
      }
    }
    const silent: string[] = [];
    let transactions = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/ctx\.transaction\(/g)) {
        transactions += 1;
        let depth = 0;
        let end = match.index + match[0].length - 1;
        do {
          if (text[end] === '(') depth += 1;
          if (text[end] === ')') depth -= 1;
          end += 1;
        } while (depth > 0);
        const functionName = [...text.slice(0, match.index).matchAll(/export async function (\w+)/g)].at(-1)?.[1];
        const name = `${file.split('/').at(-1)}#${functionName}`;
        if (!records(text.slice(match.index, end))) silent.push(name);
      }
    }
    expect(transactions).toBeGreaterThan(20);
    expect(silent).toEqual([]);
  });

  it('runs raw SQL through tenantSql, or crossTenantSql where core works across organisations, and nowhere else', () => {
    // Files that may call the database driver directly, each for a reason; everything else uses the two doors of
    // core/database/sql.ts (or MikroORM, whose tenant filter scopes what it builds).
    const direct: Record<string, string> = {
      'core/database/sql.ts': 'the doors themselves',
      'core/database/views.ts': 'runs a MikroORM query builder, to which the tenant filter has been applied',
      'core/events/outbox.ts': 'the dispatcher numbers and delivers every organisation’s committed events',
      'core/events/consumers.ts': 'consumers claim their per-organisation cursors across organisations',
      'core/jobs/jobs.ts': 'graphile-worker’s own SQL functions, in its own schema',
      'core/idempotency/idempotency.plugin.ts': 'idempotency records are keyed by account, and the key is held before the mutation’s context knows what it will touch',
      'app/create-app.ts': 'the readiness probe (select 1)',
    };
    const crossTenant: Record<string, string> = {
      'modules/identity/identity.service.ts': 'sign-in finds the account by email before any organisation is known',
      'modules/access/module-grants.ts': 'finds the organisations a module’s grant step has not reached yet',
      'modules/worktime/worktime.service.ts': 'finds the organisations opened before the working calendar existed',
      'modules/approvals/template-library.ts': 'finds the organisations never offered some library template',
      'modules/attendance/leave.service.ts': 'finds the organisations opened before leave types existed',
    };
    const root = join(projectRoot, 'api/src');
    const rawCall = /\.execute\s*(<[^;]*?>)?\s*\(|getKnex\s*\(|\.raw\s*\(|getConnection\s*\(\s*\)\s*\.\s*execute/;
    const offenders: string[] = [];
    for (const file of sourceFiles(root)) {
      const relative = file.slice(root.length + 1);
      const text = readFileSync(file, 'utf8');
      if (!(relative in direct) && rawCall.test(text)) offenders.push(`${relative}: calls the driver directly`);
      if (!(relative in crossTenant) && !(relative in direct) && /crossTenantSql\s*[<(]/.test(text)) offenders.push(`${relative}: crossTenantSql`);
    }
    expect(offenders, 'use tenantSql (or list the file with its reason)').toEqual([]);
  });

  it('keeps core free of module imports and modules talking through each other’s index.ts only', () => {
    const problems: string[] = [];
    for (const file of sourceFiles(join(projectRoot, 'api/src'))) {
      const relative = file.slice(join(projectRoot, 'api/src').length + 1);
      const imports = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((m) => m[1]);
      for (const target of imports) {
        if (relative.startsWith('core/') && target.includes('modules/')) problems.push(`${relative} imports ${target}`);
        const crossModule = /^\.\.\/([a-z-]+)\/(.+)$/.exec(target);
        if (relative.startsWith('modules/') && crossModule && crossModule[2] !== 'index.js' && !['..'].includes(crossModule[1])) {
          problems.push(`${relative} imports ${target}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets the example module plug in without touching anything outside its folder but the line registering it', () => {
    // The API's source, seeds, scripts and shared test support must not know the module; only its own folder, its
    // tests and migration, and the generated contracts may. app/modules.ts holds its import and its entry in the list.
    // (The console is outside this check until its resource folders own their catalog slices: its audit catalog still
    // names every action the API records.)
    const roots = ['api/src', 'api/scripts', 'api/test/support', 'seeds'].map((dir) => join(projectRoot, dir));
    const mentions: string[] = [];
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? (name === 'node_modules' ? [] : walk(path)) : [path];
      });
    for (const file of roots.flatMap(walk)) {
      const relative = file.slice(projectRoot.length + 1);
      if (relative.startsWith('api/src/modules/announcements/')) continue;
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, index) => {
          // The module's own names; "announcement channel", a kind of conversation in messaging, is another thing.
          if (/announcementsModule|modules\/announcements|\bAnnouncement[A-Za-z]*\b|announcements\.announcement/.test(line)) mentions.push(`${relative}:${index + 1}: ${line.trim()}`);
        });
    }
    expect(mentions).toEqual([
      "api/src/app/modules.ts:3: import { announcementsModule } from '../modules/announcements/index.js';",
      // Its entry in the list (one line, or one of the lines the list is wrapped over).
      expect.stringMatching(/^api\/src\/app\/modules\.ts:\d+: (export const modules: HarbourModule\[\] = \[.*)?announcementsModule(,|\];)$/),
    ]);
  });

  it('takes the example module’s vocabulary and default grants from its declaration alone', () => {
    registerModules();
    const declared = (announcementsModule.actions ?? []).map((a) => a.name);
    expect(declared).toEqual(['publish', 'confirm', 'track']);
    expect(declared.filter((name) => coreActions.some((core) => core.name === name))).toEqual([]);
    expect(allActions().map((a) => a.name)).toEqual(expect.arrayContaining(declared));
    expect(JSON.stringify(builtInRoles)).not.toContain('Announcement');
    const granted = (key: string, list: typeof modules) => builtInRoleRules(key, list).filter((rule) => rule.subject === 'Announcement');
    expect(granted('employee', modules)).toEqual(announcementsModule.grants![0].roles.employee);
    expect(
      granted(
        'employee',
        modules.filter((m) => m !== announcementsModule),
      ),
    ).toEqual([]);
  });
});
