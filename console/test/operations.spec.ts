import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config/config';
import { documentGate } from '../../api/src/core/graphql/limits';
import { operationShapeErrors } from '../../api/src/core/graphql/operation-shape';
import * as operations from '../src/providers/operations';

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)), 'utf8'));
// The API's own document gate (size, tokens, depth, aliases, directives, cost) and shape rules with their default limits,
// so a console document can never be refused as too complex or as several mutations in one.
const config = loadConfig({ JWT_SECRET: 'operations-spec' });
const gate = documentGate(schema, config.queryLimits);
const documents = Object.entries(operations) as [string, string][];

describe('GraphQL documents of the console (built against the committed schema)', () => {
  it('exports documents', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it.each(documents)('%s parses and validates against schema/schema.graphql', (_name, source) => {
    const document: DocumentNode = parse(source);
    expect(validate(schema, document, specifiedRules).map((error) => error.message)).toEqual([]);
    const verdict = gate(source);
    expect('errors' in verdict ? verdict.errors.map((error) => JSON.stringify(error.extensions)) : operationShapeErrors(verdict.checked, verdict.checked?.operation?.operation === 'subscription' ? 'websocket' : 'http')).toEqual([]);
    expect(document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)).toHaveLength(1);
  });

  it('names every operation once', () => {
    const names = documents.map(([, source]) => {
      const operation = parse(source).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      return operation && 'name' in operation ? operation.name?.value : undefined;
    });
    expect(names.every(Boolean)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});
