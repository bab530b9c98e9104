import type { GraphQLError, GraphQLSchema } from 'graphql';
import type { FieldProblem } from '../errors/app-error.js';
import { inputProblems } from './input-guard.js';
import { jsonTextWithin, jsonWithin } from './json-object.js';
import { codedError, documentGate, type CheckedDocument, type DocumentLimits } from './limits.js';
import { operationShapeErrors } from './operation-shape.js';

const VARIABLES_MAX_DEPTH = 32;
const VARIABLES_MAX_NODES = 50_000;
// No list argument of the API takes more (rules stop at 100); coercing thousands of wrong items costs ~150 ms.
const VARIABLES_MAX_ITEMS = 500;

const variablesTooComplex = () =>
  badInputError([{ field: 'variables', code: 'VARIABLES_TOO_COMPLEX', params: { maxDepth: VARIABLES_MAX_DEPTH, maxNodes: VARIABLES_MAX_NODES, maxItems: VARIABLES_MAX_ITEMS } }]);

/**
 * The first check of an HTTP request, on its JSON body before it is parsed: the body holds the variables one level
 * down, so it gets one level more and a few values more than they do. Refuses what the variables check would, without
 * paying for parsing it first.
 */
export function bodyWithinLimits(text: string): GraphQLError[] {
  return jsonTextWithin(text, VARIABLES_MAX_DEPTH + 1, VARIABLES_MAX_NODES + 10, VARIABLES_MAX_ITEMS) ? [] : [variablesTooComplex()];
}

/** One GraphQL request as a transport received it. */
interface IncomingOperation {
  query: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/**
 * What every request passes before the server spends anything else on it, over HTTP and WebSocket alike: the document's
 * limits (size, tokens, depth, aliases, directives, cost), its shape (no subscription over HTTP, one mutation per
 * request), then every argument's ids and text. Returns coded errors (none when the request may go on) and the parsed
 * document when it got that far.
 */
export function preflight(schema: GraphQLSchema, limits: DocumentLimits) {
  const gate = documentGate(schema, limits);
  return (request: IncomingOperation, transport: 'http' | 'websocket'): { errors: GraphQLError[]; checked: CheckedDocument | null } => {
    // First, and whatever the document: the pipeline hashes (cache, idempotency) and logs all variables, declared or not.
    if (!jsonWithin(request.variables, VARIABLES_MAX_DEPTH, VARIABLES_MAX_NODES, VARIABLES_MAX_ITEMS)) return { errors: [variablesTooComplex()], checked: null };
    const verdict = gate(request.query, request.operationName);
    if ('errors' in verdict) return { errors: verdict.errors, checked: null };
    const checked = verdict.checked;
    const shape = operationShapeErrors(checked, transport);
    if (shape.length || !checked?.operation) return { errors: shape, checked };
    const problems = inputProblems(schema, checked.document, checked.operation, request.variables);
    return { errors: problems.length ? [badInputError(problems)] : [], checked };
  };
}

function badInputError(problems: FieldProblem[]): GraphQLError {
  const error = codedError('BAD_USER_INPUT');
  (error.extensions as Record<string, unknown>).fields = problems;
  return error;
}
