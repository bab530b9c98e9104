import {
  GraphQLError,
  Kind,
  getNamedType,
  isListType,
  isNonNullType,
  type ASTVisitor,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type SelectionNode,
  type ValidationContext,
} from 'graphql';

// Lists without page arguments (children, leaders, memberships) are small by nature; weigh them as 5 items.
const UNPAGED_LIST_WEIGHT = 5;

function unwrapList(type: GraphQLOutputType): boolean {
  const inner = isNonNullType(type) ? type.ofType : type;
  return isListType(inner);
}

function tooComplex(reason: string): GraphQLError {
  return new GraphQLError(`Query too complex: ${reason}`, { extensions: { harbourCode: 'QUERY_TOO_COMPLEX', messageParams: { reason } } });
}

/**
 * One validation rule enforcing depth, alias and cost limits. Cost: each field costs 1; a list field multiplies its
 * selection by its `take` argument (or 20); fragments are expanded.
 */
export function queryLimits(limits: { maxDepth: number; maxAliases: number; maxCost: number; maxPageSize: number }) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
        if (aliases > limits.maxAliases) {
          context.reportError(tooComplex(`more than ${limits.maxAliases} aliases`));
          return false;
        }
        return undefined;
      },
      OperationDefinition: {
        leave(operation) {
          const schema = context.getSchema();
          const fragments = Object.fromEntries(context.getDocument().definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
          const root = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
          let maxDepth = 0;
          const cost = (selections: readonly SelectionNode[], parent: GraphQLNamedType | null | undefined, depth: number, seen: Set<string>, pageSize: number | undefined): number => {
            maxDepth = Math.max(maxDepth, depth);
            let total = 0;
            for (const selection of selections) {
              if (selection.kind === Kind.FRAGMENT_SPREAD) {
                const fragment = fragments[selection.name.value];
                if (!fragment || seen.has(selection.name.value)) continue;
                const type = schema.getType(fragment.typeCondition.name.value);
                total += cost(fragment.selectionSet.selections, type, depth, new Set([...seen, selection.name.value]), pageSize);
              } else if (selection.kind === Kind.INLINE_FRAGMENT) {
                const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
                total += cost(selection.selectionSet.selections, type, depth, seen, pageSize);
              } else {
                const field = fieldOf(parent, selection);
                let childCost = 0;
                if (selection.selectionSet) {
                  const childType = field ? getNamedType(field.type) : null;
                  const isList = field ? unwrapList(field.type) : false;
                  // `people(take: 50) { items { … } }`: the page size set on a field applies to the list below it.
                  const take = takeOf(selection, limits.maxPageSize);
                  childCost = cost(selection.selectionSet.selections, childType, depth + 1, seen, isList ? undefined : (take ?? pageSize));
                  if (isList) childCost *= take ?? pageSize ?? UNPAGED_LIST_WEIGHT;
                }
                total += 1 + childCost;
              }
            }
            return total;
          };
          const total = cost(operation.selectionSet.selections, root, 1, new Set(), undefined);
          if (maxDepth > limits.maxDepth) context.reportError(tooComplex(`depth ${maxDepth} > ${limits.maxDepth}`));
          else if (total > limits.maxCost) context.reportError(tooComplex(`cost ${total} > ${limits.maxCost}`));
        },
      },
    };
  };
}

function fieldOf(parent: GraphQLNamedType | null | undefined, node: FieldNode) {
  if (!parent || !('getFields' in parent)) return undefined;
  return (parent.getFields() as Record<string, { type: GraphQLOutputType }>)[node.name.value];
}

/** The literal `take` of a field; a variable counts as the largest page allowed, since its value is not known yet. */
function takeOf(node: FieldNode, maxPageSize: number): number | undefined {
  const take = node.arguments?.find((a) => a.name.value === 'take');
  if (!take) return undefined;
  return take.value.kind === Kind.INT ? Number(take.value.value) : maxPageSize;
}
