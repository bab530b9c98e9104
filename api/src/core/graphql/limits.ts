import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getOperationAST,
  isListType,
  isNonNullType,
  isObjectType,
  parse,
  validate,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** The limits a document must stay within before the server spends anything else on it. */
export interface DocumentLimits {
  /** Characters of the document text. */
  maxLength: number;
  /** Lexical tokens of the document (graphql-js stops parsing beyond it). */
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  maxPageSize: number;
}

// Lists without page arguments (children, leaders, memberships) are small by nature; weigh them as 5 items.
const UNPAGED_LIST_WEIGHT = 5;

/** The field extension that marks an embedded list (set by `@EmbeddedList()`, embedded-list.ts). */
export const EMBEDDED_LIST = 'embeddedList';

/** `Type.field` of every field of the schema marked as an embedded list, sorted (schema/embedded-lists.json). */
export function embeddedListFields(schema: GraphQLSchema): string[] {
  const fields: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) if (field.extensions?.[EMBEDDED_LIST] === true) fields.push(`${type.name}.${field.name}`);
  }
  return fields.sort();
}

/** A coded GraphQL error whose message is its code; the error formatter turns it into the caller's language. */
export function codedError(code: string, messageParams: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(code, { extensions: { code, messageParams } });
}

const tooComplex = (reason: string) => codedError('QUERY_TOO_COMPLEX', { reason });

/**
 * Cost: each field costs 1; a list field multiplies its selection by its `take` argument (or the page size inherited
 * from the field above it, or 5 for small unpaged lists). An embedded list (`@EmbeddedList()`: the field's extensions
 * hold `embeddedList: true`) multiplies by 1: its items are part of the record already read, their number bounded by
 * that record's validation, so nested definitions cost their fields, not 5 to the power of their depth.
 * graphql-armor's cost rule only knows `first`/`last`, so this one rule stays ours — each fragment is costed once per
 * page size (memoised), so the walk is linear in the document.
 */
function costRule(limits: DocumentLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const memo = new Map<string, number>();
    const costOf = (selections: readonly SelectionNode[], parent: GraphQLNamedType | null | undefined, pageSize: number | undefined, path: Set<string>): number => {
      let total = 0;
      for (const selection of selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value;
          const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
          if (!fragment || path.has(name)) continue; // unknown or cyclic: other validation rules report it
          const key = `${name}:${pageSize ?? ''}`;
          let cost = memo.get(key);
          if (cost === undefined) {
            path.add(name);
            cost = costOf(fragment.selectionSet.selections, schema.getType(fragment.typeCondition.name.value), pageSize, path);
            path.delete(name);
            memo.set(key, cost);
          }
          total += cost;
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          total += costOf(selection.selectionSet.selections, type, pageSize, path);
        } else {
          let childCost = 0;
          if (selection.selectionSet) {
            const field = fieldOf(parent, selection);
            const isList = field ? unwrapList(field.type) : false;
            // `people(take: 50) { items { … } }`: the page size set on a field applies to the list below it.
            const take = takeOf(selection, limits.maxPageSize);
            childCost = costOf(selection.selectionSet.selections, field ? getNamedType(field.type) : null, isList ? undefined : (take ?? pageSize), path);
            if (isList && field?.extensions?.[EMBEDDED_LIST] !== true) childCost *= take ?? pageSize ?? UNPAGED_LIST_WEIGHT;
          }
          total += 1 + childCost;
        }
        // Past the limit the exact figure does not matter; stopping keeps the numbers finite.
        if (total > limits.maxCost) return total;
      }
      return total;
    };
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const root = schema.getRootType(operation.operation);
        const total = costOf(operation.selectionSet.selections, root, undefined, new Set());
        if (total > limits.maxCost) context.reportError(tooComplex(`cost > ${limits.maxCost}`));
        return false;
      },
    };
  };
}

function unwrapList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function fieldOf(parent: GraphQLNamedType | null | undefined, node: FieldNode) {
  if (!parent || !('getFields' in parent)) return undefined;
  return (parent.getFields() as Record<string, { type: GraphQLOutputType; extensions?: Readonly<Record<string, unknown>> | null }>)[node.name.value];
}

/** The literal `take` of a field; a variable counts as the largest page allowed, since its value is not known yet. */
function takeOf(node: FieldNode, maxPageSize: number): number | undefined {
  const take = node.arguments?.find((a) => a.name.value === 'take');
  if (!take) return undefined;
  return take.value.kind === Kind.INT ? Math.min(Number(take.value.value), maxPageSize) : maxPageSize;
}

/** graphql-armor's rules report through a callback; this turns their rejection into our coded error. */
function armorOptions(n: number, what: string) {
  return {
    n,
    // graphql-armor lets `__typename` aliases through; a hundred of them are a hundred answers all the same.
    allowList: [],
    propagateOnRejection: false,
    onReject: [(context: ValidationContext | null) => context?.reportError(tooComplex(`${what} > ${n}`))],
  };
}

/** What a document that passed the limits is: its parsed form and the operation it asks for. */
export interface CheckedDocument {
  document: DocumentNode;
  operation: OperationDefinitionNode | null;
}

/**
 * The first gate of every GraphQL request, over HTTP and WebSocket alike, run before the full validation: the text's
 * length, then its token count (parsing stops at the limit), then depth, aliases and directives (graphql-armor) and cost —
 * each computed once per fragment, so the work is linear in the document whatever its fragments spread. Returns coded
 * errors, or the parsed document. A syntax error is not ours to report: the regular pipeline reports it.
 */
export function documentGate(schema: GraphQLSchema, limits: DocumentLimits) {
  const rules: ValidationRule[] = [
    maxDepthRule(armorOptions(limits.maxDepth, 'depth')),
    maxAliasesRule(armorOptions(limits.maxAliases, 'aliases')),
    maxDirectivesRule(armorOptions(limits.maxDirectives, 'directives')),
    costRule(limits),
  ];
  // Documents already found within the limits (clients repeat the same few): skip the walk next time.
  const accepted = new Map<string, DocumentNode>();
  return (source: unknown, operationName?: unknown): { errors: GraphQLError[] } | { checked: CheckedDocument | null } => {
    if (typeof source !== 'string') return { checked: null };
    if (source.length > limits.maxLength) return { errors: [codedError('QUERY_TOO_LARGE', { max: limits.maxLength })] };
    let document = accepted.get(source);
    if (!document) {
      try {
        document = parse(source, { maxTokens: limits.maxTokens });
      } catch (error) {
        if (error instanceof GraphQLError && /contains more th\w* \d+ tokens/.test(error.message)) return { errors: [tooComplex(`tokens > ${limits.maxTokens}`)] };
        return { checked: null };
      }
      const errors = validate(schema, document, rules);
      if (errors.length) return { errors: [errors[0]] };
      if (accepted.size >= 1000) accepted.delete(accepted.keys().next().value!);
      accepted.set(source, document);
    }
    const name = typeof operationName === 'string' ? operationName : undefined;
    return { checked: { document, operation: getOperationAST(document, name) ?? null } };
  };
}
