import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config/config';
import { queryLimits } from '../../api/src/core/graphql/limits';
import * as operations from '../src/providers/operations';

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)), 'utf8'));
// The API's own depth/alias/cost rule with its default limits, so a console query can never be refused as too complex.
const config = loadConfig({ JWT_SECRET: 'operations-spec' });
const limits = queryLimits({ maxDepth: config.maxQueryDepth, maxAliases: config.maxAliases, maxCost: config.maxQueryCost, maxPageSize: config.maxPageSize });
const documents = Object.entries(operations) as [string, string][];

describe('GraphQL documents of the console (built against the committed schema)', () => {
  it('exports documents', () => {
    expect(documents.length).toBeGreaterThan(30);
  });

  it.each(documents)('%s parses and validates against schema/schema.graphql', (_name, source) => {
    const document: DocumentNode = parse(source);
    const errors = validate(schema, document, [...specifiedRules, limits]);
    expect(errors.map((error) => error.message)).toEqual([]);
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
