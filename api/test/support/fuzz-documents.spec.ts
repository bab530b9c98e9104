import { Kind, getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  CALLERS,
  DEFAULT_FUZZ_SEED,
  INPUT_KINDS,
  SHAPES,
  Verbatim,
  caseCount,
  fuzzCase,
  idKindOf,
  loadCommittedSchema,
  mulberry32,
  preview,
  requestBody,
  rootFields,
  schedule,
  toJson,
  type IdPools,
} from './fuzz-documents.js';

const schema = loadCommittedSchema();
const ids: IdPools = {
  read: { person: ['11111111-1111-4111-8111-111111111111'], department: ['22222222-2222-4222-8222-222222222222'] },
  write: { department: ['33333333-3333-4333-8333-333333333333'] },
};
const cases = Array.from({ length: caseCount(schema, DEFAULT_FUZZ_SEED) }, (_, i) => fuzzCase(schema, ids, DEFAULT_FUZZ_SEED, i));

describe('fuzz document generator', () => {
  it('mulberry32 is reproducible and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1_000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1_000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(1_000);
    expect(mulberry32(43)()).not.toBe(values[0]);
  });

  it('gives the same case for the same seed and index, another for another seed', () => {
    const again = fuzzCase(schema, ids, DEFAULT_FUZZ_SEED, 123);
    expect(requestBody(again)).toBe(requestBody(cases[123]));
    expect(again.caller).toBe(cases[123].caller);
    expect(requestBody(fuzzCase(schema, ids, DEFAULT_FUZZ_SEED + 1, 123))).not.toBe(requestBody(cases[123]));
  });

  it('covers every root field with every applicable input kind, every caller and every structural trick in one run', () => {
    const plan = schedule(schema, DEFAULT_FUZZ_SEED);
    expect(cases.length).toBe(Math.max(2_000, plan.length));
    const seen = new Set(cases.map((c) => `${c.field} ${c.kind} ${c.shape} ${c.caller}`));
    for (const slot of plan) expect(seen).toContain(`${slot.field.name} ${slot.kind} ${slot.shape} ${slot.caller}`);
    const fields = rootFields(schema);
    expect(fields.filter((f) => f.operationType === 'subscription').length).toBeGreaterThan(0);
    for (const field of fields) {
      for (const caller of CALLERS) expect(cases.some((c) => c.field === field.name && c.caller === caller)).toBe(true);
      for (const shape of SHAPES) expect(cases.some((c) => c.field === field.name && c.shape === shape)).toBe(true);
    }
    for (const kind of INPUT_KINDS) expect(cases.some((c) => c.kind === kind)).toBe(true);
    // A fixed share per caller.
    for (const caller of CALLERS) expect(cases.filter((c) => c.caller === caller).length).toBeGreaterThan(600);
  });

  it('writes valid documents with coercible variables when the values are plausible (so hostile answers are about the values)', () => {
    const plausible = cases.filter((c) => c.kind === 'plausible' && c.shape === 'normal');
    expect(plausible.length).toBeGreaterThan(100);
    for (const c of plausible) {
      const document = parse(c.query);
      expect(validate(schema, document).map((e) => `#${c.index}: ${e.message}`)).toEqual([]);
      const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], JSON.parse(requestBody(c)).variables);
      expect(coerced.errors?.map((e) => `#${c.index}: ${e.message}`)).toBeUndefined();
    }
  });

  it('puts what each kind promises into the request, and keeps every body under the 1 MB limit', () => {
    const bodies = cases.map((c) => requestBody(c));
    const having = (kind: string, test: (body: string) => boolean) => cases.filter((c, i) => c.kind === kind && c.hostile.length > 0 && test(bodies[i])).length;
    expect(having('nul', (b) => b.includes('\\u0000'))).toBeGreaterThan(50);
    expect(having('long-string', (b) => b.length > 10_000)).toBeGreaterThan(50);
    const nested5000 = ['{"a":', '{"$and":[', '{"$or":[{"id":"$me"},', '['].map((unit) => unit.repeat(5_000));
    expect(having('deep-json', (b) => nested5000.some((n) => b.includes(n)))).toBeGreaterThan(5);
    expect(cases.filter((c) => c.shape === 'fragment-fan-out' && c.notes.includes('fan-out 20 levels')).length).toBeGreaterThan(0);
    for (const body of bodies) {
      expect(Buffer.byteLength(body)).toBeLessThan(1_000_000);
      expect(() => JSON.parse(body)).not.toThrow();
    }
    // Mutations only ever get the harmless (write) ids, never an id from the read pool.
    const readOnly = Object.values(ids.read).flat();
    for (const [i, c] of cases.entries()) if (c.operationType === 'mutation') for (const id of readOnly) expect(bodies[i]).not.toContain(id);
  });

  it('serialises values nested 5,000 levels without recursion, and previews them briefly', () => {
    const deep = new Verbatim(`${'{"a":'.repeat(5_000)}{}${'}'.repeat(5_000)}`, '{}', 'deep');
    expect(toJson({ x: [deep, 'a\u0000b'] })).toMatch(/^\{"x":\[\{"a":\{"a":.*\},"a\\u0000b"\]\}$/);
    expect(preview({ x: deep, s: 'y'.repeat(50_000), l: Array.from({ length: 100 }, () => 1) })).toBe('{x:<deep>,s:"yyyyyyyyyyyyyyyyyyyyyyyy…(50000 chars)",l:[1,1,…(100 items)]}');
  });

  it('guesses what an id names from the argument', () => {
    expect(idKindOf('parentId', 'Query.departments')).toBe('department');
    expect(idKindOf('id', 'Mutation.archivePerson')).toBe('person');
    expect(idKindOf('membershipId', 'Mutation.removePersonFromDepartment')).toBe('membership');
    expect(idKindOf('assignmentId', 'Mutation.unassignRole')).toBe('assignment');
    expect(idKindOf('personIds', 'Mutation.setDepartmentLeaders')).toBe('person');
    expect(idKindOf('recordId', 'Query.explainPermission')).toBe('other');
  });
});
