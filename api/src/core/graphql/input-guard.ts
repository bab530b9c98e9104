import {
  Kind,
  TypeInfo,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { FieldProblem } from '../errors/app-error.js';
import { JSON_MAX_DEPTH, JSON_MAX_NODES } from './json-object.js';
import type { TextLimit } from './text.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// C0 controls and DEL; tab, line feed and carriage return are allowed in long text only.
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\u0000-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// A lone surrogate cannot be stored as UTF-8.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Strings nobody declared a limit for (the architecture test makes every input declare one) stay this short. */
const UNDECLARED_MAX = 1000;

function textProblem(value: string, limit: TextLimit | undefined, field: string): FieldProblem | null {
  if ((limit?.multiline ? CONTROL_EXCEPT_LINES : CONTROL).test(value) || LONE_SURROGATE.test(value)) return { field, code: 'CONTROL_CHARACTERS' };
  const max = limit?.max ?? UNDECLARED_MAX;
  if (value.length > max) return { field, code: 'TOO_LONG', params: { max } };
  return null;
}

function checkValue(type: GraphQLInputType, value: unknown, limit: TextLimit | undefined, field: string, problems: FieldProblem[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value)) value.forEach((item, index) => checkValue(nullable.ofType, item, limit, `${field}.${index}`, problems));
    return;
  }
  if (isInputObjectType(nullable)) {
    for (const inner of Object.values(nullable.getFields())) {
      const path = field ? `${field}.${inner.name}` : inner.name;
      checkValue(inner.type, (value as Record<string, unknown>)[inner.name], inner.extensions?.text as TextLimit | undefined, path, problems);
    }
    return;
  }
  const named = getNamedType(nullable).name;
  if (named === 'ID' && (typeof value !== 'string' || !UUID.test(value))) problems.push({ field, code: 'INVALID_ID' });
  else if (named === 'String' && typeof value === 'string') {
    const problem = textProblem(value, limit, field);
    if (problem) problems.push(problem);
  }
}

/** A field of a document that takes arguments, with its definition. */
interface ArgumentSite {
  node: FieldNode;
  field: GraphQLField<unknown, unknown>;
}

// Documents repeat (the gate hands back the same parsed document for the same text): find their argument sites once.
const sitesOf = new WeakMap<OperationDefinitionNode, ArgumentSite[]>();

/** The fields of an operation that take arguments, each fragment it uses walked once. */
function argumentSites(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): ArgumentSite[] {
  const cached = sitesOf.get(operation);
  if (cached) return cached;
  const sites: ArgumentSite[] = [];
  const typeInfo = new TypeInfo(schema);
  const used = new Set<string>();
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const field = typeInfo.getFieldDef();
      if (field && node.arguments?.length) sites.push({ node, field });
    },
    FragmentSpread(node) {
      used.add(node.name.value);
    },
  });
  visit(operation, visitor);
  const fragments = document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  for (let walked = 0; walked < used.size;) {
    const pending = [...used].slice(walked);
    walked = used.size;
    for (const name of pending) {
      const fragment = fragments.find((f) => f.name.value === name);
      if (fragment) visit(fragment, visitor);
    }
  }
  sitesOf.set(operation, sites);
  return sites;
}

/**
 * Checks every argument of an operation once, centrally, before any resolver runs: ids are UUIDs; text has no control
 * characters (line breaks only where declared `LongText`), no lone surrogates, and is no longer than its declared limit.
 * Problems are named by their path — an argument called `input` is left out, as services name their fields.
 * Variables that do not coerce to their declared types are reported here too, as INVALID_VALUE of that variable.
 */
export function inputProblems(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, inputs: unknown): FieldProblem[] {
  // Coercion stops at the 50th error: a list of thousands of wrong items would otherwise build thousands of messages
  // (blocking the event loop) only for the problems below to name its variable once. graphql-js then adds an "error limit
  // reached" error of its own, which names no variable and is left out.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], (inputs ?? {}) as Record<string, unknown>, { maxErrors: 50 });
  if (coerced.errors) {
    // Answered here rather than by the pipeline, which would go on to hash and log the raw values.
    const named = coerced.errors.filter((error) => !error.message.startsWith('Too many errors processing variables'));
    const problems = named.map((error) => ({
      field: /Variable "\$(\w+)"/.exec(error.message)?.[1] ?? 'variables',
      code: error.message.includes('JSON_TOO_COMPLEX') ? 'JSON_TOO_COMPLEX' : 'INVALID_VALUE',
      params: { maxDepth: JSON_MAX_DEPTH, maxNodes: JSON_MAX_NODES },
    }));
    // One problem per variable and kind: a list of wrong items would otherwise name the same variable fifty times.
    return problems.filter((problem, index) => problems.findIndex((p) => p.field === problem.field && p.code === problem.code) === index);
  }
  const problems: FieldProblem[] = [];
  for (const { node, field } of argumentSites(schema, document, operation)) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, coerced.coerced);
    } catch {
      continue; // a wrong literal: validation reports it
    }
    const argLimits = (field.extensions?.textArgs ?? {}) as Record<string, TextLimit>;
    for (const arg of field.args) {
      checkValue(arg.type, values[arg.name], argLimits[arg.name], arg.name === 'input' ? '' : arg.name, problems);
    }
  }
  return problems;
}
