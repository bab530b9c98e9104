import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/** How deep and how big a JSON argument may be: rule conditions and payloads are small, hostile input is not. */
export const JSON_MAX_DEPTH = 20;
export const JSON_MAX_NODES = 5_000;

const tooComplex = () => new TypeError(`JSON_TOO_COMPLEX: at most ${JSON_MAX_DEPTH} levels and ${JSON_MAX_NODES} values`);

/**
 * Whether a parsed JSON value stays within `maxDepth` levels and `maxNodes` values, and no array or object has more
 * than `maxItems` entries. Walks iteratively: a recursive walk (or JSON.stringify) is exactly what deep input
 * overflows. Wide objects are refused here too: graphql-js describes a value it cannot coerce by printing every key of
 * it, which for a 40,000-key object held the event loop for over 100 ms.
 */
export function jsonWithin(root: unknown, maxDepth: number, maxNodes: number, maxItems = maxNodes): boolean {
  const stack: [unknown, number][] = [[root, 1]];
  let nodes = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (++nodes > maxNodes || depth > maxDepth) return false;
    if (value && typeof value === 'object') {
      const children = Array.isArray(value) ? value : Object.values(value);
      if (children.length > maxItems) return false;
      for (const child of children) stack.push([child, depth + 1]);
    }
  }
  return true;
}

/**
 * Whether JSON text, before it is parsed, stays within the same bounds as jsonWithin: at most `maxDepth` levels of
 * objects and arrays, `maxNodes` values and `maxItems` entries in any one of them (counted by their commas, strings
 * skipped). Parsing is itself the expensive part of a hostile body — a 700 kB object of 40,000 keys takes JSON.parse
 * ~40 ms — so the shape is checked on the text first, in one pass that allocates nothing.
 */
export function jsonTextWithin(text: string, maxDepth: number, maxNodes: number, maxItems: number): boolean {
  const entries: number[] = [];
  let nodes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote, over escapes.
      for (i += 1; i < text.length; i += 1) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i += 1;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      nodes += 1;
      if (entries.push(1) > maxDepth) return false;
    } else if (c === 0x7d || c === 0x5d) {
      entries.pop();
    } else if (c === 0x2c) {
      nodes += 1;
      if (entries.length && (entries[entries.length - 1] += 1) > maxItems) return false;
    }
    if (nodes > maxNodes) return false;
  }
  return true;
}

function assertBounded(value: unknown): void {
  if (!jsonWithin(value, JSON_MAX_DEPTH, JSON_MAX_NODES)) throw tooComplex();
}

function assertBoundedLiteral(root: ValueNode): void {
  const stack: [ValueNode, number][] = [[root, 1]];
  let nodes = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (++nodes > JSON_MAX_NODES || depth > JSON_MAX_DEPTH) throw tooComplex();
    if (node.kind === Kind.OBJECT) for (const field of node.fields) stack.push([field.value, depth + 1]);
    if (node.kind === Kind.LIST) for (const item of node.values) stack.push([item, depth + 1]);
  }
}

/**
 * graphql-scalars' JSONObject with caps on depth and size when it is parsed from input (as a variable or a literal), so
 * nesting thousands of levels deep is refused as bad input instead of exhausting the stack further in.
 */
export const BoundedJSONObject = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  parseValue(value) {
    assertBounded(value);
    return GraphQLJSONObject.parseValue(value);
  },
  parseLiteral(ast, variables) {
    assertBoundedLiteral(ast);
    return GraphQLJSONObject.parseLiteral(ast, variables);
  },
});
