import { isInputObjectType, lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { GateChecker } from '../core/authz/gate.js';
import { smsParts } from '../core/sms/index.js';
import { filesParts } from '../core/storage/index.js';
import { modules } from './modules.js';

/** Builds the executable schema from core's resolvers (SMS, files) and every module's. */
export async function buildAppSchema(): Promise<GraphQLSchema> {
  const resolvers = [...smsParts.resolvers, ...filesParts.resolvers, ...modules.flatMap((m) => m.resolvers)] as [Function, ...Function[]];
  return inheritFieldExtensions(
    await buildSchema({
      resolvers,
      authChecker: GateChecker,
      // Arguments are checked once per request before execution (core/graphql/input-guard.ts), not per field.
      validate: false,
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
    }),
  );
}

/**
 * type-graphql leaves out the extensions (e.g. `@Text` limits) of fields an input class inherits from another
 * (CreatePersonInput extends PersonDetailsInput); copy them from the parent's input type so every field states its limit.
 */
function inheritFieldExtensions(schema: GraphQLSchema): GraphQLSchema {
  const inputTypes = getMetadataStorage().inputTypes;
  for (const child of inputTypes) {
    const parent = inputTypes.find((candidate) => candidate.target === Object.getPrototypeOf(child.target));
    const childType = schema.getType(child.name);
    const parentType = parent && schema.getType(parent.name);
    if (!isInputObjectType(childType) || !isInputObjectType(parentType)) continue;
    for (const [name, field] of Object.entries(childType.getFields())) {
      const inherited = parentType.getFields()[name]?.extensions;
      if (inherited && Object.keys(field.extensions ?? {}).length === 0) Object.assign(field, { extensions: inherited });
    }
  }
  return schema;
}

/** The SDL committed as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
