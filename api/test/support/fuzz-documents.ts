import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { projectRoot } from '../../src/config/config.js';

/**
 * Generates hostile but well-aimed GraphQL requests from the committed schema, deterministically: case `i` of seed `s`
 * is always the same document, variables and caller (real ids are drawn from the pools passed in by position, so the
 * same test data gives the same ids). See fuzz.e2e.spec.ts for how the answers are judged.
 */

/** The seed used when FUZZ_SEED is not set. */
export const DEFAULT_FUZZ_SEED = 20_250_611;

/** mulberry32: a tiny, fast 32-bit PRNG; good enough to pick test inputs, reproducible everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random choices on top of mulberry32. */
export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }

  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i += 1) out += '0123456789abcdef'[Math.floor(this.next() * 16)];
    return out;
  }

  /** A random version-4 UUID (from this generator, so reproducible). */
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(0, 3)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
}

/** A value written as is: `json` into the request body, `literal` into a document; `label` stands for it in reports. */
export class Verbatim {
  constructor(
    readonly json: string,
    readonly literal: string,
    readonly label: string,
  ) {}
}

/** An enum value: a bare name in a GraphQL literal, a string in JSON. */
export class EnumName {
  constructor(readonly name: string) {}
}

/** The kinds of hostile values a document's arguments carry (one kind per document, plausible values elsewhere). */
export const INPUT_KINDS = [
  'plausible',
  'nul',
  'control',
  'lone-surrogate',
  'long-string',
  'empty-string',
  'bad-uuid',
  'random-uuid',
  'real-id',
  'huge-number',
  'negative-number',
  'nan-ish',
  'deep-json',
  'huge-json',
  'json-operators',
  'bad-enum',
  'huge-list',
  'wrong-type',
  'missing-required',
] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** How a document is built around its root field. */
export const SHAPES = ['normal', 'fragment-fan-out', 'many-aliases', 'deep-nesting', 'many-directives', 'huge-token-count', 'unknown-operation-name', 'several-operations'] as const;
export type Shape = (typeof SHAPES)[number];

/** Who sends a case. */
export const CALLERS = ['anonymous', 'admin', 'employee'] as const;
export type Caller = (typeof CALLERS)[number];

/** What an id names, guessed from the argument's name (so plausible ids point at the right kind of record). */
export type IdKind = 'department' | 'person' | 'role' | 'rank' | 'membership' | 'assignment' | 'other';

/** Real ids of the test organisation by kind: any may be read; only `write` ids are passed to mutations (harmless targets). */
export interface IdPools {
  read: Partial<Record<IdKind, string[]>>;
  write: Partial<Record<IdKind, string[]>>;
}

/** One generated request. */
export interface FuzzCase {
  index: number;
  caller: Caller;
  /** e.g. Query.people */
  field: string;
  operationType: 'query' | 'mutation' | 'subscription';
  kind: InputKind;
  shape: Shape;
  /** Short human notes: the size of a structural trick, e.g. "fan-out 18 levels". */
  notes: string[];
  /** Argument paths that got a hostile value, e.g. filter.parentId. */
  hostile: string[];
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
  acceptLanguage: string;
}

const STRING_KINDS: InputKind[] = ['nul', 'control', 'lone-surrogate', 'long-string', 'empty-string'];
const ID_KINDS: InputKind[] = ['bad-uuid', 'random-uuid', 'real-id'];
const NUMBER_KINDS: InputKind[] = ['huge-number', 'negative-number', 'nan-ish'];
const JSON_KINDS: InputKind[] = ['deep-json', 'huge-json', 'json-operators'];
const STRINGISH = new Set(['String', 'DateTimeISO']);
const NUMERIC = new Set(['Int', 'Float']);

/** The schema the API commits (schema/schema.graphql), built without resolvers. */
export function loadCommittedSchema(): GraphQLSchema {
  return buildSchema(readFileSync(join(projectRoot, 'schema/schema.graphql'), 'utf8'));
}

/** A root field of the schema and the input kinds its arguments can take. */
export interface RootField {
  name: string;
  operationType: FuzzCase['operationType'];
  root: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
  kinds: InputKind[];
}

const rootFieldCache = new WeakMap<GraphQLSchema, RootField[]>();

/** Every root field (queries, mutations, subscriptions), in a stable order, with the input kinds its arguments can take. */
export function rootFields(schema: GraphQLSchema): RootField[] {
  const cached = rootFieldCache.get(schema);
  if (cached) return cached;
  const roots: [FuzzCase['operationType'], GraphQLObjectType | null | undefined][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
    ['subscription', schema.getSubscriptionType()],
  ];
  const fields = roots.flatMap(([operationType, root]) =>
    root
      ? Object.values(root.getFields())
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((field) => ({ name: `${root.name}.${field.name}`, operationType, root, field, kinds: applicableKinds(field.args) }))
      : [],
  );
  rootFieldCache.set(schema, fields);
  return fields;
}

/** Which input kinds can land somewhere in these arguments. */
function applicableKinds(args: readonly GraphQLArgument[]): InputKind[] {
  const found = new Set<InputKind>(['plausible']);
  // `optional`: leaving the value out is allowed (it has a default, or it is a list item, which is never "missing").
  const walk = (type: GraphQLInputType, optional: boolean, depth: number): void => {
    if (depth > 6) return;
    if (isNonNullType(type)) {
      if (!optional) found.add('missing-required');
      return walk(type.ofType, true, depth);
    }
    found.add('wrong-type');
    if (isListType(type)) {
      found.add('huge-list');
      return walk(type.ofType, true, depth + 1);
    }
    if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) walk(f.type, f.defaultValue !== undefined, depth + 1);
      return;
    }
    if (isEnumType(type)) return void found.add('bad-enum');
    const name = type.name;
    if (STRINGISH.has(name)) STRING_KINDS.forEach((k) => found.add(k));
    if (name === 'ID') ID_KINDS.forEach((k) => found.add(k));
    if (NUMERIC.has(name)) NUMBER_KINDS.forEach((k) => found.add(k));
    if (name === 'JSONObject') [...JSON_KINDS, ...STRING_KINDS].forEach((k) => found.add(k));
  };
  for (const arg of args) walk(arg.type, arg.defaultValue !== undefined, 0);
  return INPUT_KINDS.filter((k) => found.has(k));
}

/** Whether a value of `kind` can land inside `type`. */
function fits(type: GraphQLInputType, kind: InputKind, depth = 0): boolean {
  if (kind === 'plausible' || depth > 6) return false;
  if (kind === 'wrong-type' || kind === 'missing-required') return true;
  if (isNonNullType(type)) return fits(type.ofType, kind, depth);
  if (isListType(type)) return kind === 'huge-list' || fits(type.ofType, kind, depth + 1);
  if (isInputObjectType(type)) return Object.values(type.getFields()).some((f) => fits(f.type, kind, depth + 1));
  if (isEnumType(type)) return kind === 'bad-enum';
  const name = type.name;
  if (STRINGISH.has(name)) return STRING_KINDS.includes(kind);
  if (name === 'ID') return ID_KINDS.includes(kind);
  if (NUMERIC.has(name)) return NUMBER_KINDS.includes(kind);
  if (name === 'JSONObject') return JSON_KINDS.includes(kind) || STRING_KINDS.includes(kind);
  return false;
}

const MISSING = Symbol('missing');
type Value = unknown;

/** The state of one document being built. */
class Builder {
  readonly allIds: string[];
  readonly varDefs: string[] = [];
  readonly variables: Record<string, unknown> = {};
  readonly fragments: string[] = [];
  readonly hostile: string[] = [];
  readonly notes: string[] = [];
  aliases = 0;
  deepVariant: number | undefined;
  private nextVar = 0;
  private nextFragment = 0;
  /** Bytes of very large values (long strings, huge JSON and lists) still allowed: keeps the body under the 1 MB limit. */
  bigBudget = 600_000;

  constructor(
    readonly rng: Rng,
    readonly kind: InputKind,
    readonly ids: Partial<Record<IdKind, string[]>>,
    readonly rootField: string,
  ) {
    this.allIds = Object.values(ids).flat();
  }

  variable(type: string, value: Value): string {
    const name = `v${this.nextVar++}`;
    this.varDefs.push(`$${name}: ${type}`);
    if (value !== MISSING) this.variables[name] = value;
    return `$${name}`;
  }

  fragment(): string {
    return `Frag${this.nextFragment++}`;
  }
}

// ---- values ---------------------------------------------------------------------------------------------------------

const ACTIONS = ['read', 'update', 'create', 'manage', 'delete', 'archive', 'move', 'assign', 'import', 'verify'];
const SUBJECTS = ['Person', 'Department', 'Role', 'JobRank', 'AuditEntry', 'Organization', 'Event', 'all'];
const WORDS = ['安全部', 'Chan Tai Man', 'Site-1', 'Zoë Ñandú', '陳大文', 'org.', 'Department', 'x', 'Finance 財務'];
const CONTROL = ['\u0007', '\u001b', '\u001b[31m', '\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\u007f', '\r\n', '\t', '\u2028', '\ufeff', '\u202e', '\u0085'];
const SURROGATES = ['\ud800', '\udfff', '\udc00', '\ud83d', '\udbff\udbff'];

/** A believable value for a string argument, by its name. */
function plausibleString(rng: Rng, name: string, scalar: string): string {
  const n = name.toLowerCase();
  if (scalar === 'DateTimeISO') return rng.pick(['2024-01-01T00:00:00Z', '2025-06-30T12:34:56.789Z', '2020-02-29T23:59:59Z']);
  if (n.includes('email')) return `fuzz-${rng.hex(6)}@example.com`;
  if (n.includes('password')) return `Fuzz-pass-${rng.hex(6)}9`;
  if (n.includes('locale')) return rng.pick(['en', 'zh-HK', 'zh-CN']);
  if (n.endsWith('date') || n === 'lastday') return rng.pick(['2024-01-31', '2025-12-01', '1999-02-28']);
  if (n === 'action') return rng.pick(ACTIONS);
  if (n === 'subject' || n === 'targettype') return rng.pick(SUBJECTS);
  if (n === 'field' || n === 'fields') return rng.pick(['mobilePhone', 'homeAddress', 'personalEmail', 'displayName']);
  if (n === 'csv') return plausibleCsv(rng);
  if (n === 'progresskey') return `fuzz_${rng.hex(10)}`;
  if (n === 'rankcode' || n === 'code') return rng.pick(['P1', 'P5', 'M2', 'X9']);
  if (n === 'refreshtoken') return rng.hex(64);
  if (n === 'slug') return `fuzz-${rng.hex(6)}`;
  if (n === 'allowedemaildomains') return rng.pick(['example.com', 'harbour.test']);
  if (n === 'actionprefix') return rng.pick(['org.', 'access.role', 'identity.']);
  if (n === 'mobilephone') return '+852 9123 4567';
  return `${rng.pick(WORDS)} ${rng.hex(4)}`;
}

function plausibleCsv(rng: Rng): string {
  const id = rng.hex(6);
  return rng.chance(0.5)
    ? `external_id,name,parent_external_id,code\nFZ-${id},Fuzz ${id},,C${id}\n`
    : `external_id,display_name,department_external_ids,work_email\nFP-${id},Fuzz ${id},FZ-${id},fuzz-${id}@example.com\n`;
}

function hostileString(b: Builder, base: string): string {
  const { rng } = b;
  const at = rng.int(0, base.length);
  switch (b.kind) {
    case 'nul':
      return rng.pick([`${base.slice(0, at)}\u0000${base.slice(at)}`, '\u0000', `${base}\u0000`, `\u0000${base}\u0000\u0000`]);
    case 'control': {
      let text = base;
      for (let i = rng.int(1, 4); i > 0; i -= 1) {
        const p = rng.int(0, text.length);
        text = `${text.slice(0, p)}${rng.pick(CONTROL)}${text.slice(p)}`;
      }
      return text;
    }
    case 'lone-surrogate':
      return `${base.slice(0, at)}${rng.pick(SURROGATES)}${base.slice(at)}`;
    case 'long-string': {
      const unit = rng.pick(['a', '安', 'ab ', '\u00e9']);
      const bytesPerChar = Buffer.byteLength(unit) / unit.length;
      const length = Math.max(10_000, Math.min(rng.pick([10_000, 30_000, 60_000, 100_000]), Math.floor(b.bigBudget / bytesPerChar)));
      b.bigBudget -= length * bytesPerChar;
      return `${base}${unit.repeat(Math.ceil(length / unit.length))}`.slice(0, length);
    }
    case 'empty-string':
      return rng.pick(['', '', ' ', '   ']);
    default:
      return base;
  }
}

const BAD_UUIDS = (rng: Rng) => {
  const u = rng.uuid();
  return [
    'not-a-uuid',
    '',
    ' ',
    '0',
    '-1',
    '1e5',
    u.slice(0, -1),
    `${u}0`,
    u.replace(/-/g, ''),
    `{${u}}`,
    ` ${u} `,
    'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
    "1' OR '1'='1",
    '../../etc/passwd',
    'x'.repeat(300),
    `${u.slice(0, 8)}-${u.slice(9)}`,
  ];
};

/** The kind of record an ID argument names: by its own name, or for a bare `id` by the root field. */
export function idKindOf(name: string, rootField: string): IdKind {
  const n = name === 'id' ? rootField.replace(/^\w+\./, '') : name;
  if (/assignment/i.test(n)) return 'assignment';
  if (/membership/i.test(n)) return 'membership';
  if (/department|parent/i.test(n)) return 'department';
  if (/person|people|manager|leader/i.test(n)) return 'person';
  if (/role/i.test(n)) return 'role';
  if (/rank/i.test(n)) return 'rank';
  return 'other';
}

function realId(b: Builder, name: string, anyKind: boolean): string {
  const typed = b.ids[idKindOf(name, b.rootField)] ?? [];
  const pool = anyKind || typed.length === 0 ? b.allIds : typed;
  return pool.length ? b.rng.pick(pool) : b.rng.uuid();
}

function plausibleId(b: Builder, name: string): string {
  return b.rng.chance(0.75) ? realId(b, name, false) : b.rng.uuid();
}

function hostileId(b: Builder, name: string): Value {
  const { rng } = b;
  switch (b.kind) {
    case 'bad-uuid':
      return rng.pick(BAD_UUIDS(rng));
    case 'random-uuid':
      return rng.pick([rng.uuid(), rng.uuid(), '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff']);
    case 'real-id':
      return realId(b, name, rng.chance(0.4));
    default:
      return plausibleId(b, name);
  }
}

function plausibleInt(rng: Rng, name: string): number {
  const n = name.toLowerCase();
  if (n === 'take') return rng.int(1, 20);
  if (n === 'skip') return rng.int(0, 5);
  if (n.startsWith('level')) return rng.int(1, 4);
  return rng.int(0, 10);
}

function hostileNumber(b: Builder): Value {
  const { rng } = b;
  switch (b.kind) {
    case 'huge-number':
      return rng.pick<Value>([
        2147483647,
        2147483648,
        100_000,
        1_000_000_000,
        new Verbatim('9007199254740993', '9007199254740993', '9007199254740993'),
        new Verbatim('1e400', '1e400', '1e400 (Infinity)'),
        new Verbatim('123456789012345678901234567890', '123456789012345678901234567890', '1.2e29'),
      ]);
    case 'negative-number':
      return rng.pick<Value>([-1, -100, -2147483648, -2147483649, new Verbatim('-1e400', '-1e400', '-1e400 (-Infinity)')]);
    case 'nan-ish':
      return rng.pick<Value>(['NaN', 'Infinity', '1', 1.5, 0.1, new Verbatim('-0', '-0', '-0'), new Verbatim('1e-400', '1e-400', '1e-400'), new Verbatim('1E2', '1E2', '1E2')]);
    default:
      return 0;
  }
}

/** JSON nested `levels` deep (written by hand: JSON.stringify itself would overflow the stack). */
function deepJson(b: Builder, levels: number): Verbatim {
  // One shape per document, mostly the operator ones (their keys are valid, so they get past the first checks).
  b.deepVariant ??= b.rng.pick([0, 1, 1, 2, 2, 3]);
  switch (b.deepVariant) {
    case 0:
      return new Verbatim(`${'{"a":'.repeat(levels)}{}${'}'.repeat(levels)}`, `${'{a: '.repeat(levels)}{}${'}'.repeat(levels)}`, `{a:{a:…}} nested ${levels} levels`);
    case 1:
      // Operators the rule checker walks into: the nesting is well-formed as far as it goes.
      return new Verbatim(
        `${'{"$and":['.repeat(levels)}{"id":"$me"}${']}'.repeat(levels)}`,
        `${'{_and: ['.repeat(levels)}{id: "$me"}${']}'.repeat(levels)}`,
        `{$and:[{$and:[…]}]} nested ${levels} levels`,
      );
    case 2:
      return new Verbatim(
        `${'{"$or":[{"id":"$me"},'.repeat(levels)}{}${']}'.repeat(levels)}`,
        `${'{_or: [{id: "$me"}, '.repeat(levels)}{}${']}'.repeat(levels)}`,
        `{$or:[{id:$me},{$or:[…]}]} nested ${levels} levels`,
      );
    default:
      return new Verbatim(
        `{"departmentIds":{"$in":${'['.repeat(levels)}${']'.repeat(levels)}}}`,
        `{departmentIds: {_in: ${'['.repeat(levels)}${']'.repeat(levels)}}}`,
        `{departmentIds:{$in:[[[…]]]}} nested ${levels} levels`,
      );
  }
}

function hugeJson(b: Builder): Verbatim {
  const { rng } = b;
  const n = Math.max(1_000, Math.min(rng.pick([5_000, 20_000, 40_000]), Math.floor(b.bigBudget / 12)));
  b.bigBudget -= n * 12;
  const parts: string[] = [];
  switch (rng.int(0, 2)) {
    case 0: {
      for (let i = 0; i < n; i += 1) parts.push(`"k${i}":${i}`);
      return new Verbatim(`{${parts.join(',')}}`, `{${parts.join(',').replace(/"/g, '')}}`, `object with ${n} keys`);
    }
    case 1: {
      const count = Math.floor(n / 4);
      for (let i = 0; i < count; i += 1) parts.push(`"${rng.uuid()}"`);
      return new Verbatim(`{"departmentIds":{"$in":[${parts.join(',')}]}}`, `{departmentIds: {in: [${parts.join(',')}]}}`, `$in list of ${count} uuids`);
    }
    default: {
      for (let i = 0; i < n; i += 1) parts.push('{"id":"$me"}');
      return new Verbatim(`{"$or":[${parts.join(',')}]}`, `{or: [${parts.join(',').replace(/"id"/g, 'id')}]}`, `$or of ${n} conditions`);
    }
  }
}

const JSON_OPERATORS: [string, string][] = [
  ['{"__proto__":{"polluted":true}}', '__proto__ pollution'],
  ['{"constructor":{"prototype":{"polluted":true}}}', 'constructor.prototype pollution'],
  ['{"$where":"sleep(10)"}', '$where'],
  ['{"id":{"$regex":"^(a+)+$"}}', '$regex'],
  ['{"$or":[]}', 'empty $or'],
  ['{"departmentIds":{"$in":"$nope"}}', 'unknown placeholder'],
  ['{"departmentIds":{"$in":"$managedDepartments"},"id":{"$ne":"$me"}}', 'placeholders'],
  ['{"id":{"$eq":null}}', '$eq null'],
  ['{"a.b.c":1,"":2}', 'odd keys'],
  ['{"toString":1,"hasOwnProperty":"x","valueOf":{}}', 'Object.prototype names'],
  ['{"status":{"$gt":{"$lt":{"$elemMatch":{"$all":[{"$size":-1}]}}}}}', 'nested operators'],
  ['{"id":"\'; drop table person; --"}', 'SQL in a value'],
  ['{"id":{"$in":[1,true,null,{},[]]}}', 'mixed $in'],
];

function hostileJson(b: Builder, name: string): Value {
  const { rng } = b;
  switch (b.kind) {
    case 'deep-json':
      return deepJson(b, 5_000);
    case 'huge-json':
      return hugeJson(b);
    case 'json-operators': {
      const [json, label] = rng.pick(JSON_OPERATORS);
      return new Verbatim(json, toLiteral(JSON.parse(json)), label);
    }
    default:
      if (STRING_KINDS.includes(b.kind)) return { id: hostileString(b, '$me'), [hostileString(b, 'departmentIds')]: { $in: [hostileString(b, plausibleString(rng, name, 'String'))] } };
      return plausibleJson(rng);
  }
}

function plausibleJson(rng: Rng): Value {
  return rng.pick<Value>([{ departmentIds: { $in: '$managedDepartments' } }, { id: '$me' }, { status: 'ACTIVE' }, {}, { departmentIds: { $in: '$myDepartments' } }]);
}

function wrongTypeFor(b: Builder, scalar: string): Value {
  const { rng } = b;
  if (STRINGISH.has(scalar) || scalar === 'ID') return rng.pick<Value>([42, true, { a: 1 }, ['x'], 1.5]);
  if (NUMERIC.has(scalar)) return rng.pick<Value>(['12', 'abc', true, { n: 1 }, [1]]);
  if (scalar === 'Boolean') return rng.pick<Value>(['true', 1, 0, { b: true }, 'yes']);
  if (scalar === 'JSONObject') return rng.pick<Value>(['{"a":1}', 1, true, [{ a: 1 }], []]);
  return rng.pick<Value>([1, 'x', {}, []]);
}

/** A leaf value; the document's kind is applied when it fits (most of the time), a plausible value otherwise. */
function scalarValue(b: Builder, scalar: string, name: string, path: string): Value {
  const { rng, kind } = b;
  const hostile = (value: Value) => {
    b.hostile.push(path);
    return value;
  };
  if (kind === 'wrong-type' && rng.chance(0.6)) return hostile(wrongTypeFor(b, scalar));
  if (STRINGISH.has(scalar)) {
    const base = plausibleString(rng, name, scalar);
    return STRING_KINDS.includes(kind) && rng.chance(0.8) ? hostile(hostileString(b, base)) : base;
  }
  if (scalar === 'ID') return ID_KINDS.includes(kind) && rng.chance(0.85) ? hostile(hostileId(b, name)) : plausibleId(b, name);
  if (NUMERIC.has(scalar)) return NUMBER_KINDS.includes(kind) && rng.chance(0.8) ? hostile(hostileNumber(b)) : plausibleInt(rng, name);
  if (scalar === 'Boolean') return rng.chance(0.5);
  if (scalar === 'JSONObject') return (JSON_KINDS.includes(kind) || STRING_KINDS.includes(kind)) && rng.chance(0.85) ? hostile(hostileJson(b, name)) : plausibleJson(rng);
  return plausibleString(rng, name, 'String');
}

/** A value for an input type (or MISSING, to leave a required value out). */
function inputValue(b: Builder, type: GraphQLInputType, name: string, path: string, depth = 0): Value {
  const { rng, kind } = b;
  if (isNonNullType(type)) {
    if (kind === 'missing-required' && rng.chance(0.4)) {
      b.hostile.push(`${path} (left out)`);
      return MISSING;
    }
    if (kind === 'wrong-type' && rng.chance(0.15)) {
      b.hostile.push(`${path} (null)`);
      return null;
    }
    return inputValue(b, type.ofType, name, path, depth);
  }
  if (isListType(type)) {
    if (kind === 'wrong-type' && rng.chance(0.2)) {
      b.hostile.push(`${path} (object for a list)`);
      return { not: 'a list' };
    }
    if (kind === 'huge-list' && rng.chance(0.8)) return hugeList(b, type.ofType, name, path);
    const items: Value[] = [];
    // A recursive input (a flow node's branches of nodes) ends in empty lists, never in nulls where values are required.
    if (depth > 3) return items;
    for (let i = rng.int(0, 3); i > 0; i -= 1) {
      const item = inputValue(b, type.ofType, name, `${path}.${items.length}`, depth + 1);
      if (item !== MISSING) items.push(item);
    }
    return items;
  }
  if (isInputObjectType(type)) {
    if (kind === 'wrong-type' && rng.chance(0.15)) {
      b.hostile.push(`${path} (string for an object)`);
      return `${type.name}`;
    }
    const value: Record<string, Value> = {};
    for (const field of Object.values(type.getFields())) {
      const required = isNonNullType(field.type) && field.defaultValue === undefined;
      if (!required && !rng.chance(fits(field.type, kind) ? 0.85 : 0.4)) continue;
      const item = depth > 5 ? null : inputValue(b, field.type, field.name, `${path}.${field.name}`, depth + 1);
      if (item !== MISSING) value[field.name] = item;
    }
    return value;
  }
  if (isEnumType(type)) {
    if (kind === 'bad-enum' && rng.chance(0.85)) {
      b.hostile.push(path);
      return new EnumName(rng.pick(['NOPE', 'active', 'ACTIVE_', 'DELETED', '_', 'null']));
    }
    if (kind === 'wrong-type' && rng.chance(0.5)) {
      b.hostile.push(path);
      return rng.pick<Value>([1, true, { a: 1 }]);
    }
    return new EnumName(rng.pick(type.getValues()).name);
  }
  return scalarValue(b, isScalarType(type) ? type.name : 'String', name, path);
}

function hugeList(b: Builder, itemType: GraphQLInputType, name: string, path: string): Value[] {
  const { rng } = b;
  const named = getNamedType(itemType);
  const wanted = isInputObjectType(named) ? rng.pick([500, 2_000]) : rng.pick([1_000, 5_000, 15_000]);
  // Mostly items of the right shape (one plausible item, repeated; ids all different); sometimes all of the wrong type.
  const wrongItems = rng.chance(0.3);
  const item = wrongItems || named.name === 'ID' ? null : inputValue(new Builder(rng, 'plausible', b.ids, b.rootField), itemType, name, path);
  // An item's size as sent: a large input object (a flow node with its branches) makes a shorter list, within budget.
  const itemBytes = item === null ? (isInputObjectType(named) ? 50 : 40) : toJson(item).length + 1;
  const length = Math.max(Math.min(100, Math.floor(b.bigBudget / itemBytes)), Math.min(wanted, Math.floor(b.bigBudget / itemBytes)), 1);
  b.bigBudget -= length * itemBytes;
  b.hostile.push(`${path} (${length}${wrongItems ? ' wrong-typed' : ''} items)`);
  b.notes.push(`list of ${length}${wrongItems ? ' wrong-typed' : ''} items`);
  if (wrongItems) return Array.from({ length }, () => (isInputObjectType(named) ? 1 : { wrong: true }));
  if (named.name === 'ID') return Array.from({ length }, () => rng.uuid());
  return Array.from({ length }, () => item);
}

// ---- serialising ----------------------------------------------------------------------------------------------------

/** JSON text of a value that may hold Verbatim/EnumName parts. */
export function toJson(value: Value): string {
  if (value instanceof Verbatim) return value.json;
  if (value instanceof EnumName) return JSON.stringify(value.name);
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, Value>).filter(([, v]) => v !== undefined && v !== MISSING);
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`).join(',')}}`;
}

/** GraphQL literal of a value (strings use JSON escapes, which GraphQL shares). */
export function toLiteral(value: Value): string {
  if (value instanceof Verbatim) return value.literal;
  if (value instanceof EnumName) return value.name;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(toLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, Value>).filter(([, v]) => v !== undefined && v !== MISSING);
  return `{${entries.map(([k, v]) => `${/^[_A-Za-z][_0-9A-Za-z]*$/.test(k) ? k : `_${k.replace(/[^_0-9A-Za-z]/g, '_')}`}: ${toLiteral(v)}`).join(', ')}}`;
}

/** The request body of a case. */
export function requestBody(c: Pick<FuzzCase, 'query' | 'variables' | 'operationName'>): string {
  const name = c.operationName === undefined ? '' : `,"operationName":${JSON.stringify(c.operationName)}`;
  return `{"query":${JSON.stringify(c.query)},"variables":${toJson(c.variables)}${name}}`;
}

/** A short, printable rendering of a value for reports: long strings summarised, control characters escaped. */
export function preview(value: Value, max = 300): string {
  const render = (v: Value, depth: number): string => {
    if (v instanceof Verbatim) return `<${v.label}>`;
    if (v instanceof EnumName) return v.name;
    if (typeof v === 'string') {
      const shown = v.length > 40 ? `${v.slice(0, 24)}…(${v.length} chars)` : v;
      return JSON.stringify(shown).replace(/[\u007f-\u009f\u2028\u2029\ufeff\u202e\ud800-\udfff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
    }
    if (v === null || typeof v !== 'object') return String(v);
    if (depth > 4) return '…';
    if (Array.isArray(v))
      return v.length > 4
        ? `[${v
            .slice(0, 2)
            .map((x) => render(x, depth + 1))
            .join(',')},…(${v.length} items)]`
        : `[${v.map((x) => render(x, depth + 1)).join(',')}]`;
    return `{${Object.entries(v as Record<string, Value>)
      .map(([k, x]) => `${k}:${render(x, depth + 1)}`)
      .join(',')}}`;
  };
  const text = render(value, 0);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// ---- documents ------------------------------------------------------------------------------------------------------

/** Arguments written as variables (mostly) or inline literals. */
function argumentsText(b: Builder, args: readonly GraphQLArgument[], path: string, inlineShare: number): { text: string; take?: number } {
  const parts: string[] = [];
  let take: number | undefined;
  for (const arg of args) {
    const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
    if (!required && !b.rng.chance(fits(arg.type, b.kind) ? 0.9 : 0.45)) continue;
    const value = inputValue(b, arg.type, arg.name, path ? `${path}.${arg.name}` : arg.name);
    if (value === MISSING && b.rng.chance(0.5)) continue; // the argument left out of the document
    const inline = value !== MISSING && b.rng.chance(inlineShare);
    parts.push(`${arg.name}: ${inline ? toLiteral(value) : b.variable(String(arg.type), value)}`);
    if (arg.name === 'take') take = inline && typeof value === 'number' ? value : 100;
  }
  return { text: parts.length ? `(${parts.join(', ')})` : '', take };
}

interface SelectionStyle {
  maxDepth: number;
  wide: boolean;
  fragments: boolean;
}

const isPaged = (field: GraphQLField<unknown, unknown>) => field.args.some((a) => a.name === 'take');

/** A selection set on an object type: a random subset of fields, nested objects, aliases, fragments. */
function selectionSet(b: Builder, type: GraphQLObjectType, depth: number, multiplier: number, pageSize: number | undefined, style: SelectionStyle): string {
  const { rng } = b;
  const all = Object.values(type.getFields());
  const wanted = style.wide ? all : rng.shuffle(all).slice(0, rng.int(1, Math.min(all.length, 6)));
  if (style.maxDepth - depth > 2 && !wanted.some((f) => isObjectType(getNamedType(f.type)))) {
    const nested = all.find((f) => isObjectType(getNamedType(f.type)));
    if (nested) wanted.push(nested);
  }
  const items: string[] = [];
  for (const field of wanted) {
    const named = getNamedType(field.type);
    const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
    // Decide before writing arguments, so no variable is declared for a field that is then left out.
    if (isObjectType(named) && (depth + 1 > style.maxDepth || multiplier * (list ? (pageSize ?? (isPaged(field) ? 20 : 5)) : 1) > 400)) continue;
    const args = field.args.length ? argumentsText(b, field.args, `${type.name}.${field.name}`, 0.6) : { text: '', take: undefined };
    let selection = '';
    if (isObjectType(named)) {
      const take = args.take ?? (isPaged(field) ? 20 : undefined);
      const factor = list ? (take ?? pageSize ?? 5) : 1;
      selection = ` { ${selectionSet(b, named, depth + 1, multiplier * factor, list ? undefined : (take ?? pageSize), style)} }`;
    }
    let alias = '';
    if (b.aliases < 20 && rng.chance(style.wide ? 0.3 : 0.12)) {
      b.aliases += 1;
      alias = `al${b.aliases}_${field.name}: `;
    }
    const roll = rng.chance(0.04) ? rng.int(0, 2) : -1;
    const directive = roll === 0 ? ' @include(if: true)' : roll === 1 ? ' @skip(if: false)' : roll === 2 ? ` @include(if: ${b.variable('Boolean!', true)})` : '';
    items.push(`${alias}${field.name}${args.text}${directive}${selection}`);
  }
  if (items.length === 0 || rng.chance(0.1)) items.push('__typename');
  if (!style.fragments || items.length < 2) return items.join(' ');
  // Move some of the fields (each exactly once, so nothing conflicts) into named or inline fragments.
  const direct: string[] = [];
  const inlineParts: string[] = [];
  const named: string[] = [];
  for (const item of items) {
    const where = rng.int(0, 2);
    (where === 0 ? direct : where === 1 ? inlineParts : named).push(item);
  }
  const out = [...direct];
  if (inlineParts.length) out.push(rng.chance(0.5) ? `... on ${type.name} { ${inlineParts.join(' ')} }` : `... @include(if: true) { ${inlineParts.join(' ')} }`);
  if (named.length) {
    const name = b.fragment();
    b.fragments.push(`fragment ${name} on ${type.name} { ${named.join(' ')} }`);
    out.push(`...${name}`);
  }
  return out.join(' ');
}

/** The root field in parts: `name`, `(arguments)`, ` { selection }` (empty when it returns a scalar). */
interface FieldParts {
  name: string;
  args: string;
  selection: string;
}

const joinParts = (p: FieldParts, directives = '') => `${p.name}${p.args}${directives}${p.selection}`;

/** The root field with its arguments and a selection (if it returns an object). */
function rootFieldParts(b: Builder, root: RootField, style: SelectionStyle, inlineShare: number): FieldParts {
  const { field } = root;
  const args = argumentsText(b, field.args, '', inlineShare);
  const named = getNamedType(field.type);
  const take = args.take ?? (isPaged(field) ? 20 : undefined);
  const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
  const selection = isObjectType(named) ? ` { ${selectionSet(b, named, 2, list ? (take ?? 5) : 1, list ? undefined : take, style)} }` : '';
  return { name: field.name, args: args.text, selection };
}

/** A chain of object fields `parent { parent { … } }` (any object-typed field) `levels` deep. */
function fieldChain(b: Builder, type: GraphQLObjectType, levels: number): string {
  let open = '';
  let close = '';
  let current = type;
  let depth = 0;
  for (; depth < levels; depth += 1) {
    const objects = Object.values(current.getFields()).filter((f) => isObjectType(getNamedType(f.type)));
    if (!objects.length) break;
    const next = b.rng.pick(objects);
    open += `${next.name}${isPaged(next) ? '(take: 1)' : ''} { `;
    close += ' }';
    current = getNamedType(next.type) as GraphQLObjectType;
  }
  b.notes.push(`field chain ${depth} deep`);
  return `${open}__typename${close}`;
}

function operation(b: Builder, root: RootField, name: string | null, body: string): string {
  const vars = b.varDefs.length ? `(${b.varDefs.join(', ')})` : '';
  return `${root.operationType}${name ? ` ${name}` : ''}${vars} { ${body} }`;
}

/** One planned document: which field, what kind of values (or structural trick), sent by whom. */
export interface Slot {
  field: RootField;
  kind: InputKind;
  shape: Shape;
  caller: Caller;
}

const scheduleCache = new WeakMap<GraphQLSchema, Map<number, Slot[]>>();

/**
 * The plan of a seed: every (root field, input kind its arguments can take, caller) once, and every (root field,
 * structural trick) once with a caller in turn; shuffled by the seed so that what is in flight together is mixed.
 * Case i is slot i mod plan length: a run of `caseCount` cases covers the whole plan (~3,400 slots), at least 2,000.
 */
export function schedule(schema: GraphQLSchema, seed: number): Slot[] {
  let bySeed = scheduleCache.get(schema);
  if (!bySeed) scheduleCache.set(schema, (bySeed = new Map()));
  const cached = bySeed.get(seed);
  if (cached) return cached;
  const slots: Slot[] = [];
  rootFields(schema).forEach((field, f) => {
    for (const kind of field.kinds) for (const caller of CALLERS) slots.push({ field, kind, shape: 'normal', caller });
    SHAPES.slice(1).forEach((shape, s) => slots.push({ field, kind: 'plausible', shape, caller: CALLERS[(f + s) % CALLERS.length] }));
  });
  const shuffled = new Rng(seed).shuffle(slots);
  bySeed.set(seed, shuffled);
  return shuffled;
}

/** How many cases a run takes to cover the plan of a seed once: the plan's length, and never fewer than 2,000. */
export function caseCount(schema: GraphQLSchema, seed: number): number {
  return Math.max(2_000, schedule(schema, seed).length);
}

/** Case `index` of `seed` (see `schedule`); the same arguments always give the same case. */
export function fuzzCase(schema: GraphQLSchema, ids: IdPools, seed: number, index: number): FuzzCase {
  const plan = schedule(schema, seed);
  const { field: root, kind, shape, caller } = plan[index % plan.length];
  const rng = new Rng((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const base = { index, caller, field: root.name, operationType: root.operationType, kind, shape, acceptLanguage: rng.pick(['en', 'zh-HK', 'zh-CN', 'fr', '*', 'en;q=abc']) };
  const pool = root.operationType === 'mutation' ? ids.write : ids.read;

  // Build the root field; retry a few times until the kind lands somewhere (optional arguments may be skipped).
  const styleRoll = rng.float();
  const style: SelectionStyle =
    styleRoll < 0.15
      ? { maxDepth: rng.int(8, 11), wide: false, fragments: false }
      : styleRoll < 0.25
        ? { maxDepth: 3, wide: true, fragments: false }
        : { maxDepth: rng.int(2, 4), wide: false, fragments: rng.chance(0.35) };
  let b = new Builder(rng, kind, pool, root.name);
  let parts = rootFieldParts(b, root, style, 0.15);
  for (let attempt = 0; attempt < 4 && kind !== 'plausible' && b.hostile.length === 0; attempt += 1) {
    b = new Builder(rng, kind, pool, root.name);
    parts = rootFieldParts(b, root, style, 0.15);
  }
  if (style.maxDepth > 4) b.notes.push(`selection up to ${style.maxDepth} deep`);
  if (style.wide) b.notes.push('wide selection');
  const field = joinParts(parts);
  const named = getNamedType(root.field.type);
  const listArg = root.field.args.find((a) => isListType(isNonNullType(a.type) ? a.type.ofType : a.type));
  const opName = `Fuzz${index}`;
  let query: string;
  let operationName: string | undefined;

  switch (shape) {
    case 'fragment-fan-out': {
      // Each fragment spreads the one below twice: 2^levels expansions of the root field if anything expands naively.
      // Mostly up to 14 levels around the field; now and then 16–20 levels around a bare __typename, which is up to
      // seconds of CPU where fragments are expanded naively (bounded on purpose: 2^levels grows fast).
      // The plan's first fan-out slot always goes to 20 levels, so that a seed covers the worst case whatever the
      // schema's size (a chance alone came out at none once the schema grew).
      const deepest = index % plan.length === plan.findIndex((slot) => slot.shape === 'fragment-fan-out');
      const extreme = deepest || rng.chance(0.06);
      const levels = deepest ? 20 : extreme ? rng.pick([16, 18, 18, 20]) : rng.pick([4, 6, 8, 10, 12, 14]);
      if (extreme) b = new Builder(rng, kind, pool, root.name); // no variables: the field is left out
      const defs = [`fragment F0 on ${root.root.name} { ${extreme ? '__typename' : field} }`];
      for (let i = 1; i <= levels; i += 1) defs.push(`fragment F${i} on ${root.root.name} { ...F${i - 1} ...F${i - 1} }`);
      query = `${operation(b, root, opName, `...F${levels}`)} ${defs.join(' ')}`;
      b.notes.push(`fan-out ${levels} levels`);
      break;
    }
    case 'many-aliases': {
      const wantedCount = rng.pick([10, 31, 200, 1_000, 3_000]);
      const count = Math.max(2, Math.min(wantedCount, Math.floor(600_000 / (field.length + 8))));
      const aliased: string[] = [];
      for (let i = 0; i < count; i += 1) aliased.push(`a${i}: ${field}`);
      query = operation(b, root, opName, aliased.join(' '));
      b.notes.push(`${count} aliases`);
      break;
    }
    case 'deep-nesting': {
      const variant = rng.int(0, 2);
      if (variant === 0 && isObjectType(named)) {
        const levels = rng.pick([13, 40, 300]);
        query = operation(b, root, opName, `${parts.name}${parts.args} { ${fieldChain(b, named, levels)} }`);
      } else if (variant === 1 || !listArg) {
        // Not 3,000–5,000: there the parser sometimes passes and a later recursion sometimes overflows, depending on
        // the stack headroom of the moment, so the answer would not reproduce. 10,000 always fails in the parser.
        const levels = rng.pick([100, 1_000, 10_000]);
        query = operation(b, root, opName, `${'... { '.repeat(levels)}${field}${' }'.repeat(levels)}`);
        b.notes.push(`inline fragments nested ${levels} deep`);
      } else {
        // A list literal nested far deeper than the argument's type: [[[…]]].
        const levels = rng.pick([500, 2_000, 8_000]);
        const selection = isObjectType(named) ? ' { __typename }' : '';
        query = operation(b, root, opName, `${root.field.name}(${listArg.name}: ${'['.repeat(levels)}${']'.repeat(levels)})${selection}`);
        b.notes.push(`list literal nested ${levels} deep in ${listArg.name}`);
      }
      break;
    }
    case 'many-directives': {
      const count = rng.pick([2, 10, 100, 1_000, 3_000]);
      const directive = rng.pick(['@include(if: true)', '@skip(if: false)', '@include(if: true) @skip(if: false)', '@deprecated', '@fuzz(x: 1)']);
      query = operation(b, root, opName, joinParts(parts, ` ${`${directive} `.repeat(count)}`));
      b.notes.push(`${count} × ${directive}`);
      break;
    }
    case 'huge-token-count': {
      const tokens = rng.pick([10_000, 30_000, 60_000]);
      if (listArg && rng.chance(0.7)) {
        const item = getNamedType(listArg.type).name === 'ID' ? (i: number) => `"${i}"` : () => '"x"';
        const items = Array.from({ length: tokens }, (_, i) => item(i)).join(' ');
        const selection = isObjectType(named) ? ' { __typename }' : '';
        query = operation(b, root, opName, `${root.field.name}(${listArg.name}: [${items}])${selection}`);
        b.notes.push(`list literal of ${tokens} tokens`);
      } else {
        query = operation(b, root, opName, `${field} ${'__typename '.repeat(tokens)}`);
        b.notes.push(`${tokens} repeated __typename selections`);
      }
      break;
    }
    case 'unknown-operation-name':
      query = operation(b, root, opName, field);
      operationName = rng.pick(['Nope', '', 'fuzz', `Fuzz${index + 1}`, 'x'.repeat(2_000), 'Fu\u0000zz']);
      b.notes.push(`operationName ${preview(operationName, 30)}`);
      break;
    case 'several-operations': {
      const others = ['query Other1 { __typename }', 'query Other2($x: Int) { __typename }', 'mutation Other3 { __typename }', 'subscription Other4 { events { id } }', 'query { __typename }'];
      const ops = rng.shuffle([operation(b, root, opName, field), ...rng.shuffle(others).slice(0, rng.int(1, 4))]);
      query = ops.join('\n');
      const r = rng.float();
      operationName = r < 0.6 ? opName : r < 0.85 ? undefined : 'Other1';
      b.notes.push(`${ops.length} operations, operationName ${operationName ?? '(none)'}`);
      break;
    }
    default: {
      const named = rng.chance(0.8);
      query = operation(b, root, named ? opName : null, field);
      operationName = named && rng.chance(0.3) ? opName : undefined;
    }
  }
  if (b.fragments.length) query = `${query}\n${b.fragments.join('\n')}`;
  return { ...base, notes: b.notes, hostile: [...new Set(b.hostile)], query, variables: b.variables, operationName };
}

/** The label a case is reported under: its structural trick, or else the kind of its values. */
export function caseLabel(c: Pick<FuzzCase, 'shape' | 'kind'>): string {
  return c.shape === 'normal' ? c.kind : c.shape;
}
