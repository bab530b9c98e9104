import { GraphQLID, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, type GraphQLFieldConfigMap } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentGate, EMBEDDED_LIST, embeddedListFields, type DocumentLimits } from './limits.js';

// A step holds its branches inline (embedded lists, as a template definition does); a team's members are a plain
// unpaged list, and `teams(take:)` a page.
const Step: GraphQLObjectType = new GraphQLObjectType({
  name: 'Step',
  fields: (): GraphQLFieldConfigMap<unknown, unknown> => ({
    id: { type: GraphQLID },
    branches: { type: new GraphQLList(new GraphQLNonNull(Branch)), extensions: { [EMBEDDED_LIST]: true } },
  }),
});
const Branch: GraphQLObjectType = new GraphQLObjectType({
  name: 'Branch',
  fields: () => ({ id: { type: GraphQLID }, steps: { type: new GraphQLList(Step), extensions: { [EMBEDDED_LIST]: true } } }),
});
const Team: GraphQLObjectType = new GraphQLObjectType({
  name: 'Team',
  fields: (): GraphQLFieldConfigMap<unknown, unknown> => ({
    id: { type: GraphQLID },
    members: { type: new GraphQLList(Team) },
    flow: { type: new GraphQLList(Step), extensions: { [EMBEDDED_LIST]: true } },
  }),
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: { flow: { type: new GraphQLList(Step), extensions: { [EMBEDDED_LIST]: true } }, teams: { type: new GraphQLList(Team), args: { take: { type: GraphQLInt } } } },
  }),
});
const limits: DocumentLimits = { maxLength: 20_000, maxTokens: 2_000, maxDepth: 20, maxAliases: 15, maxDirectives: 10, maxCost: 1_000, maxPageSize: 100 };
const gate = documentGate(schema, limits);
const refusal = (source: string) => {
  const verdict = gate(source);
  return 'errors' in verdict ? verdict.errors.map((error) => `${error.extensions.code as string} ${JSON.stringify(error.extensions.messageParams)}`) : [];
};

/** `flow { id branches { id steps { … } } }` nested `levels` branchings deep. */
const nested = (levels: number): string => (levels === 0 ? 'id' : `id branches { id steps { ${nested(levels - 1)} } }`);

describe('the query cost rule', () => {
  it('weighs an embedded list 1: a flow read five branchings deep costs its fields', () => {
    // 5 levels of two lists each would cost 5^10 (about 10 million) at the unpaged weight; embedded, they cost 21 fields.
    expect(refusal(`{ flow { ${nested(5)} } }`)).toEqual([]);
  });

  it('still weighs a plain unpaged list 5, nested ones multiplying', () => {
    expect(refusal(`{ teams { members { members { members { id } } } } }`)).toEqual([]); // 781: 5^4 ids and the lists
    expect(refusal(`{ teams { members { members { members { members { id } } } } } }`)).toEqual(['QUERY_TOO_COMPLEX {"reason":"cost > 1000"}']); // 3,906
  });

  it('multiplies an embedded list under a page by that page: the page, not the embedded list, decides', () => {
    expect(refusal(`{ teams(take: 100) { id flow { ${nested(2)} } } }`)).toEqual(['QUERY_TOO_COMPLEX {"reason":"cost > 1000"}']);
    expect(refusal(`{ teams(take: 10) { id flow { ${nested(2)} } } }`)).toEqual([]);
  });

  it('lists the marked fields for schema/embedded-lists.json', () => {
    expect(embeddedListFields(schema)).toEqual(['Branch.steps', 'Query.flow', 'Step.branches', 'Team.flow']);
  });
});
