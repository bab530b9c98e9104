import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { GateChecker } from '../core/authz/gate.js';
import { validateArgs } from '../core/graphql/validate-args.js';
import { modules } from './modules.js';

/** Builds the executable schema from every module's resolvers. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const resolvers = modules.flatMap((m) => m.resolvers) as [Function, ...Function[]];
  return buildSchema({
    resolvers,
    authChecker: GateChecker,
    validateFn: validateArgs,
    emitSchemaFile: false,
    // Every subscription passes its own `subscribe` (a resumable, permission-checked stream), so type-graphql's
    // topic-based pubsub is never used; it insists on having one, and this one refuses topics loudly.
    pubSub: {
      publish: () => {
        throw new Error('Topic subscriptions are not used: publish events through ctx.record()');
      },
      subscribe: () => {
        throw new Error('Topic subscriptions are not used: give @Subscription a `subscribe` function');
      },
    },
  });
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
