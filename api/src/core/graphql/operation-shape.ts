import { Kind, OperationTypeNode, type DocumentNode, type FieldNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { codedError, type CheckedDocument } from './limits.js';

/** The root fields an operation asks for, through its fragments (each followed once); `__typename` is left out. */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== '__typename') fields.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) collect(fragment.selectionSet);
      }
    }
  };
  collect(operation.selectionSet);
  return fields;
}

/**
 * Operations the transport cannot carry safely: a subscription over HTTP (it needs a socket), and a mutation document
 * with several root fields — each mutation commits on its own, so a later failure would leave earlier ones written
 * while the answer could say `data: null`; one mutation per request keeps "what was written" unambiguous.
 */
export function operationShapeErrors(checked: CheckedDocument | null, transport: 'http' | 'websocket') {
  const operation = checked?.operation;
  if (!checked || !operation) return [];
  if (operation.operation === OperationTypeNode.SUBSCRIPTION && transport === 'http') return [codedError('SUBSCRIPTION_NEEDS_WEBSOCKET')];
  if (operation.operation === OperationTypeNode.MUTATION) {
    const responseKeys = new Set(rootFields(checked.document, operation).map((f) => f.alias?.value ?? f.name.value));
    if (responseKeys.size > 1) return [codedError('ONE_MUTATION_PER_REQUEST')];
  }
  return [];
}
