import type { EntityManager } from '@mikro-orm/postgresql';
import type pg from 'pg';

/**
 * Marks where the caller's organisation id goes in a `sql` statement: `where d.tenant_id = ${TENANT}`. The default
 * tenant filter scopes what MikroORM builds, but not hand-written SQL — this marker is how raw SQL is scoped instead.
 */
export const TENANT: unique symbol = Symbol('tenant id');

/** A raw SQL statement with its parameters; build it with the `sql` tag, run it with tenantSql or crossTenantSql. */
export interface SqlStatement {
  readonly text: string;
  readonly values: readonly unknown[];
  readonly mentionsTenant: boolean;
}

/**
 * Builds a parameterised statement: every interpolated value becomes a bound parameter (never text in the SQL), and
 * `${TENANT}` becomes the tenant id the statement is later run for. An interpolated statement (e.g. a compiled
 * permission condition) is spliced in with its own parameters. For arrays use `= any(${pgArray(ids)}::uuid[])`.
 */
export function sql(strings: TemplateStringsArray, ...values: unknown[]): SqlStatement {
  let text = strings[0];
  const bound: unknown[] = [];
  let mentionsTenant = false;
  values.forEach((value, index) => {
    if (isStatement(value)) {
      text += value.text;
      bound.push(...value.values);
      mentionsTenant ||= value.mentionsTenant;
    } else {
      text += '?';
      bound.push(value);
      mentionsTenant ||= value === TENANT;
    }
    text += strings[index + 1];
  });
  return { text, values: bound, mentionsTenant };
}

/** A statement built elsewhere (e.g. by MikroORM's query builder) from its text with `?` placeholders and values. */
export function sqlFragment(text: string, values: readonly unknown[]): SqlStatement {
  return { text, values, mentionsTenant: false };
}

/** Statements joined by a fixed separator (e.g. ' and '), each keeping its own parameters. */
export function joinSql(parts: SqlStatement[], separator: string): SqlStatement {
  return {
    text: parts.map((part) => part.text).join(separator),
    values: parts.flatMap((part) => part.values),
    mentionsTenant: parts.some((part) => part.mentionsTenant),
  };
}

const isStatement = (value: unknown): value is SqlStatement => typeof value === 'object' && value !== null && 'text' in value && 'values' in value && 'mentionsTenant' in value;

function bind(statement: SqlStatement, tenantId: string | null): unknown[] {
  return statement.values.map((value) => (value === TENANT ? tenantId : value));
}

/**
 * Runs hand-written SQL inside one organisation: the statement must say where the tenant id goes (`${TENANT}`), and
 * the tenant must be known. This is the only door to raw SQL for module code; an architecture test fails on any
 * other `execute(…)`. Runs in `em`'s transaction when `em` is a transactional fork.
 */
export async function tenantSql<T = Record<string, unknown>>(em: EntityManager, tenantId: string, statement: SqlStatement): Promise<T[]> {
  if (!tenantId) throw new Error('tenantSql needs a tenant id');
  if (!statement.mentionsTenant) throw new Error(`Raw SQL must be scoped by \${TENANT}: ${statement.text.slice(0, 80)}`);
  return run<T>(em, statement.text, bind(statement, tenantId));
}

/**
 * Runs hand-written SQL that legitimately spans organisations: sign-in before any tenant is known, the outbox worker,
 * idempotency records, health checks. Allowed only in the files the architecture test lists, each for a stated reason.
 */
export async function crossTenantSql<T = Record<string, unknown>>(em: EntityManager, statement: SqlStatement): Promise<T[]> {
  if (statement.mentionsTenant) throw new Error('crossTenantSql has no tenant to bind; use tenantSql');
  return run<T>(em, statement.text, bind(statement, null));
}

/**
 * Outside a transaction a statement runs as a named prepared statement on the pool behind MikroORM: PostgreSQL parses
 * and plans each distinct text once per connection, where `em.execute` sends the values inlined as text (MikroORM
 * formats them in), so every request's statement was parsed and planned again — for the hot one-statement reads, most
 * of PostgreSQL's CPU. Inside a transaction it must run on the transaction's connection, which MikroORM holds.
 */
async function run<T>(em: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  if (em.isInTransaction()) return em.execute<T[]>(text, values);
  const query = numbered(text, values);
  if (!query) return em.execute<T[]>(text, values);
  const pool = await em.getConnection().getNativeClient();
  const started = Date.now();
  const result = await pool.query(query);
  em.config.getLogger().logQuery({ query: text, params: values, took: Date.now() - started, level: 'info' });
  return result.rows as T[];
}

/** Names given to statement texts; past the limit, statements still run with bound values, but unnamed. */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 500;

/**
 * A `?`-placeholder statement as the driver takes it: `$1, $2 …`, an array value expanded into one placeholder per
 * element as MikroORM's own formatting does (`in (?)`); null when the text has a `?` that is not a placeholder.
 */
function numbered(text: string, values: unknown[]): pg.QueryConfig | null {
  const parts = text.split('?');
  if (parts.length - 1 !== values.length || text.includes('??')) return null;
  let sqlText = parts[0];
  const bound: unknown[] = [];
  values.forEach((value, index) => {
    if (Array.isArray(value)) {
      sqlText += value.map((element) => `$${bound.push(element)}`).join(', ');
    } else {
      sqlText += `$${bound.push(value)}`;
    }
    sqlText += parts[index + 1];
  });
  let name = statementNames.get(sqlText);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `harbour_${statementNames.size + 1}`;
    statementNames.set(sqlText, name);
  }
  return { text: sqlText, values: bound, ...(name ? { name } : {}) };
}
