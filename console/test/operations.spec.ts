import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, Kind, type GraphQLObjectType, OperationTypeNode, parse, specifiedRules, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../api/src/config/config';
import { documentGate, EMBEDDED_LIST } from '../../api/src/core/graphql/limits';
import { operationShapeErrors } from '../../api/src/core/graphql/operation-shape';
import { TypedDocumentString } from '../src/gql/graphql';

const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url)), 'utf8'));
// The fields the API marks as embedded lists (weighed 1 by its cost rule) are field extensions, which SDL cannot carry:
// the contracts list them beside it, and they are set here as the API's own schema has them.
for (const name of JSON.parse(readFileSync(fileURLToPath(new URL('../../schema/embedded-lists.json', import.meta.url)), 'utf8')) as string[]) {
  const [type, field] = name.split('.');
  const target = (schema.getType(type) as GraphQLObjectType).getFields()[field];
  Object.assign(target, { extensions: { ...target.extensions, [EMBEDDED_LIST]: true } });
}
// The API's own document gate (size, tokens, depth, aliases, directives, cost) and shape rules with their default limits,
// so a console document can never be refused as too complex or as several mutations in one.
const config = loadConfig({ JWT_SECRET: 'operations-spec' });
const gate = documentGate(schema, config.queryLimits);

// Every module keeps its documents in an operations.ts of its folder; the console's own are in src/providers/.
const files = import.meta.glob<Record<string, unknown>>('../src/**/operations.ts', { eager: true });
const exported = Object.entries(files).flatMap(([file, exports]) =>
  Object.entries(exports).map(([name, document]) => [`${file.replace('../src/', '').replace('/operations.ts', '')} ${name}`, document] as const),
);
const documents = exported.map(([name, document]) => [name, String(document)] as const);

describe('GraphQL documents of the console (built against the committed schema)', () => {
  it('finds the documents of every module', () => {
    expect(Object.keys(files).length).toBeGreaterThan(8);
    expect(documents.length).toBeGreaterThan(30);
  });

  it.each(exported)('%s has generated types (`npm run codegen -w console` after changing a document)', (_name, document) => {
    expect(document).toBeInstanceOf(TypedDocumentString);
  });

  it.each(documents)('%s parses and validates against schema/schema.graphql', (_name, source) => {
    const document: DocumentNode = parse(source);
    expect(validate(schema, document, specifiedRules).map((error) => error.message)).toEqual([]);
    const verdict = gate(source);
    expect(
      'errors' in verdict
        ? verdict.errors.map((error) => JSON.stringify(error.extensions))
        : operationShapeErrors(verdict.checked, verdict.checked?.operation?.operation === OperationTypeNode.SUBSCRIPTION ? 'websocket' : 'http'),
    ).toEqual([]);
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
