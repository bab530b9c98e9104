import { ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

type Where = Record<string, unknown>;

/**
 * Rewrites a rule's `{ collection: { $some: … } }` (e.g. a request's participants, a person's memberships) into
 * `{ id: { $in: (select <owner key> from <child table> where …) } }`. MikroORM writes `$some` as a subquery that joins
 * the owner table to the child one for every child row (`select r.id from approval_request r join approval_participant
 * p …`); the child table alone answers the question, from its own index, at a fraction of the cost: for a person who
 * takes part in a few thousand requests, that join was most of what a page of their tasks cost PostgreSQL. `$none`
 * becomes `$nin`. The child rows need no tenant condition: they only yield owner ids, and the owner query is scoped.
 * Paths it does not recognise are left to MikroORM.
 */
export function collectionsAsSubqueries(em: EntityManager, entityName: string, where: Where): Where {
  const meta = em.getMetadata().getByClassName(entityName, false);
  if (!meta) return where;
  const rewrite = (node: Where): Where => {
    const kept: Where = {};
    const subqueries: Where[] = [];
    for (const [key, value] of Object.entries(node)) {
      if ((key === '$and' || key === '$or') && Array.isArray(value)) {
        kept[key] = value.map((inner) => rewrite(inner as Where));
        continue;
      }
      if (key === '$not' && value && typeof value === 'object') {
        kept[key] = rewrite(value as Where);
        continue;
      }
      const prop = meta.properties[key];
      const operators = value && typeof value === 'object' ? Object.keys(value) : [];
      if (prop?.kind !== ReferenceKind.ONE_TO_MANY || !prop.mappedBy || operators.length !== 1 || !['$some', '$none'].includes(operators[0])) {
        kept[key] = value;
        continue;
      }
      const [operator] = operators;
      const child = prop.targetMeta!;
      const ownerKey = child.properties[prop.mappedBy].fieldNames[0];
      const subquery = em
        .createQueryBuilder(child.class, 'collection')
        .select(`collection.${ownerKey}` as never)
        .where((value as Where)[operator] as never)
        .getNativeQuery()
        .toRaw();
      subqueries.push({ id: { [operator === '$some' ? '$in' : '$nin']: subquery } });
    }
    if (subqueries.length === 0) return kept;
    return { ...kept, $and: [...((kept.$and as Where[] | undefined) ?? []), ...subqueries] };
  };
  return rewrite(where);
}
