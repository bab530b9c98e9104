import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  OperationTypeNode,
  print,
  subscribe,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  BREAK,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import type { WebSocket } from 'ws';
import { AppError } from '../core/errors/app-error.js';

/**
 * What a subscription root field declares (type-graphql `@Extensions({ liveDelivery })`) to be delivered directly:
 * `readerIndependent` lists the fields (`Type.field`, or `Type.*` for all of a type's fields) whose value is the same for
 * every subscriber who receives the event — nothing in them reads the caller's context. A document that selects only
 * those is executed and serialised once per event and its bytes go to every subscriber; any other field makes the
 * subscription execute on its own (still sent directly, with the same bound on what may wait in its socket).
 */
export interface LiveDeliveryExtension {
  readerIndependent: string[];
}

/** Bytes one WebSocket may have waiting (unsent) before its subscription is ended as too slow. */
export const MAX_BUFFERED_BYTES = 2 * 1024 * 1024;
/** graphql-ws close code for a socket whose reader fell behind (4xxx: the application's own range, unused by the protocol). */
export const SUBSCRIBER_TOO_SLOW_CLOSE_CODE = 4410;

/** How a subscription's results are produced: once per event for all (`sharedKey`), or for this subscriber alone. */
interface Plan {
  /** Documents with the same key (text, operation name, the variables below the root field) share each event's bytes. */
  sharedKey: string | null;
}

/** Serialised payloads (or a result with errors, sent per subscriber) of each event, per shared document key. */
const payloads = new WeakMap<object, Map<string, Promise<string | ExecutionResult>>>();

/** Counters a bench or an operator can read: deliveries sent from shared bytes, from one subscriber's own execution. */
export const liveDeliveryStats = { shared: 0, own: 0, executions: 0, tooSlow: 0 };

/**
 * The delivery plan of a subscription document: null when its root field does not opt in (graphql-ws delivers it);
 * otherwise shared when every field below the root is declared reader-independent.
 */
export function planDelivery(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Readonly<Record<string, unknown>> | null | undefined): Plan | null {
  const operation = getOperationAST(document, operationName);
  const subscriptionType = schema.getSubscriptionType();
  if (!operation || operation.operation !== OperationTypeNode.SUBSCRIPTION || !subscriptionType) return null;
  const rootField = operation.selectionSet.selections.find((selection): selection is FieldNode => selection.kind === Kind.FIELD);
  if (!rootField || operation.selectionSet.selections.length !== 1) return null;
  const extension = subscriptionType.getFields()[rootField.name.value]?.extensions?.liveDelivery as LiveDeliveryExtension | undefined;
  if (!extension) return null;
  const allowed = new Set(extension.readerIndependent);
  const typeInfo = new TypeInfo(schema);
  const used = new Set<string>();
  let shareable = true;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      // The root field's own arguments (a cursor, say) only shape each subscriber's stream, never the payload.
      Argument: (_node, _key, _parent, _path, ancestors) => (ancestors[ancestors.length - 1] === rootField ? false : undefined),
      Variable: (node) => {
        used.add(node.name.value);
      },
      Field: (node) => {
        const parent = typeInfo.getParentType();
        const name = node.name.value;
        if (node === rootField || name === '__typename' || !parent) return;
        if (!allowed.has(`${parent.name}.${name}`) && !allowed.has(`${parent.name}.*`)) {
          shareable = false;
          return BREAK;
        }
      },
    }),
  );
  if (!shareable) return { sharedKey: null };
  const values = [...used].sort().map((name) => [name, variables?.[name] ?? null]);
  return { sharedKey: `${print(document)}\u0000${operationName ?? ''}\u0000${JSON.stringify(values)}` };
}

/**
 * A subscription delivered straight to its socket: each source event (as the root field's `subscribe` yields it, after
 * its per-subscriber permission check) is executed — once for all subscribers with the same shared key, or for this one
 * alone — and sent as a graphql-ws `next` frame without waiting for the socket to drain, so one slow reader holds up
 * nobody. A socket with more than MAX_BUFFERED_BYTES waiting ends the subscription with SUBSCRIBER_TOO_SLOW and is
 * closed (4410), so a reader that stopped costs bounded memory. Results with errors go back to graphql-ws (as
 * `next`, localized for the subscriber).
 */
export class DirectDelivery implements AsyncIterableIterator<ExecutionResult> {
  private socket: WebSocket | null = null;
  private id = '';
  private formatErrors: (errors: GraphQLError[]) => unknown = (errors) => errors.map((error) => error.toJSON());
  private prefix = '';
  private stopped = false;
  /** Ends the wait for the source's next event when the subscription stops (complete, disconnect). */
  private wake: ((step: IteratorResult<unknown>) => void) | null = null;

  constructor(
    private readonly source: AsyncIterator<unknown>,
    private readonly args: ExecutionArgs,
    private readonly plan: Plan,
  ) {}

  /**
   * Binds the delivery to the subscriber's socket and operation id (graphql-ws's onOperation); `formatErrors` codes and
   * localizes an error for this subscriber, as graphql-ws's onError would.
   */
  attach(socket: WebSocket, id: string, formatErrors: (errors: GraphQLError[]) => unknown): void {
    this.socket = socket;
    this.id = id;
    this.formatErrors = formatErrors;
    this.prefix = `{"id":${JSON.stringify(id)},"type":"next","payload":`;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async next(): Promise<IteratorResult<ExecutionResult>> {
    while (!this.stopped) {
      const step = await new Promise<IteratorResult<unknown>>((resolve, reject) => {
        this.wake = resolve;
        this.source.next().then(resolve, reject);
      });
      this.wake = null;
      if (step.done || this.stopped) return { done: true, value: undefined };
      const payload = await this.payloadOf(step.value);
      if (typeof payload !== 'string') return { done: false, value: payload };
      this.send(payload);
    }
    return { done: true, value: undefined };
  }

  async return(): Promise<IteratorResult<ExecutionResult>> {
    const done: IteratorResult<ExecutionResult> = { done: true, value: undefined };
    if (this.stopped) return done;
    this.stopped = true;
    this.wake?.(done);
    // Not awaited: a source waiting for its next event finishes (and frees its queue) once that event comes.
    void this.source.return?.()?.catch(() => undefined);
    return done;
  }

  async throw(error: unknown): Promise<IteratorResult<ExecutionResult>> {
    await this.return();
    throw error;
  }

  private payloadOf(event: unknown): Promise<string | ExecutionResult> {
    const key = this.plan.sharedKey;
    if (key === null || typeof event !== 'object' || event === null) {
      liveDeliveryStats.own += 1;
      return this.run(event);
    }
    let byKey = payloads.get(event);
    if (!byKey) payloads.set(event, (byKey = new Map()));
    let payload = byKey.get(key);
    if (!payload) {
      payload = this.run(event);
      byKey.set(key, payload);
    }
    liveDeliveryStats.shared += 1;
    return payload;
  }

  /** Executes the document for one event, as graphql's own subscribe does (the event as root value); serialised unless it failed. */
  private async run(event: unknown): Promise<string | ExecutionResult> {
    liveDeliveryStats.executions += 1;
    const result = await execute({ ...this.args, rootValue: event });
    return result.errors?.length ? result : JSON.stringify(result);
  }

  private send(payload: string): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      liveDeliveryStats.tooSlow += 1;
      this.stopped = true;
      void this.source.return?.()?.catch(() => undefined);
      // The coded error goes behind what is waiting, then the close: a reader that comes back reads both; one that does
      // not is cut by ws's closing timeout (30 s), which frees its buffer. Sent here, not by graphql-ws: graphql-ws waits
      // for each of its writes to drain, and a stalled socket's never would (its cancellation was logged as an internal
      // error); once the socket is closing, graphql-ws sends nothing more.
      const error = new AppError('SUBSCRIBER_TOO_SLOW');
      socket.send(JSON.stringify({ id: this.id, type: 'error', payload: this.formatErrors([new GraphQLError(error.message, { originalError: error })]) }));
      socket.close(SUBSCRIBER_TOO_SLOW_CLOSE_CODE, 'Subscriber too slow');
      throw error;
    }
    socket.send(`${this.prefix}${payload}}`);
  }
}

/**
 * graphql-ws's `subscribe`: subscriptions whose root field opts in are delivered directly (DirectDelivery); others
 * go the stock way (graphql's subscribe, one execution per subscriber and event, sent by graphql-ws).
 */
export async function subscribeDirect(args: ExecutionArgs): Promise<AsyncIterable<ExecutionResult> | ExecutionResult> {
  const plan = planDelivery(args.schema, args.document, args.operationName, args.variableValues);
  if (!plan) return subscribe(args);
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  return new DirectDelivery(source[Symbol.asyncIterator](), args, plan);
}
