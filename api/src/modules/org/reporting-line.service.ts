import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../../core/context/request-context.js';
import { badInput } from '../../core/errors/app-error.js';
import { ancestorIds, loadDepartment } from './department.service.js';
import { JobRank } from './job-rank.entity.js';
import { Membership } from './membership.entity.js';
import { anyPersonById, foundValues, leaderIdsByDepartment, personById } from './org.loaders.js';
import { Person, PersonStatus } from './person.entity.js';
import { loadPerson } from './person.service.js';

const MAX_CHAIN = 30;

/** The membership a reporting-line question is about: the one in `departmentId`, else the primary one. */
async function membershipFor(em: EntityManager, personId: string, departmentId?: string | null): Promise<Membership | null> {
  const memberships = await em.find(Membership, { person: personId }, { orderBy: { isPrimary: 'desc', createdAt: 'asc' } });
  if (departmentId) {
    const membership = memberships.find((m) => m.department.id === departmentId);
    if (!membership) throw badInput({ field: 'departmentId', code: 'UNKNOWN_REFERENCE' });
    return membership;
  }
  return memberships[0] ?? null;
}

/**
 * The manager for one membership: the membership's explicit manager, else the first leader of its department (or the
 * nearest ancestor department with a leader) who is not the person themselves.
 */
async function managerOf(ctx: RequestContext, em: EntityManager, membership: Membership): Promise<Person | null> {
  if (membership.manager) {
    const manager = await ctx.loader(anyPersonById).load(membership.manager.id);
    if (manager?.status === PersonStatus.ACTIVE) return manager;
  }
  // The department and its ancestors, nearest first: their leaders and those leaders' records in two batched loads.
  const departments = [membership.department.id, ...(await ancestorIds(em, ctx.tenantId, membership.department.id)).reverse()];
  const leaderIdLists = (await ctx.loader(leaderIdsByDepartment).loadMany(departments)) as string[][];
  const people = await ctx.loader(anyPersonById).loadMany([...new Set(leaderIdLists.flat())]);
  const active = new Map(
    foundValues(people)
      .filter((p) => p.status === PersonStatus.ACTIVE)
      .map((p) => [p.id, p]),
  );
  for (const leaderIds of leaderIdLists) {
    const leaders = leaderIds.filter((id) => id !== membership.person.id).flatMap((id) => active.get(id) ?? []);
    if (leaders.length > 0) return leaders.sort((a, b) => a.displayName.localeCompare(b.displayName))[0];
  }
  return null;
}

/** The person's managers, nearest first, following each manager's primary position upward. */
export async function managerChain(ctx: RequestContext, personId: string, departmentId?: string | null): Promise<Person[]> {
  const em = ctx.em;
  await loadPerson(ctx, em, personId);
  const chain: Person[] = [];
  const seen = new Set([personId]);
  let membership = await membershipFor(em, personId, departmentId);
  while (membership && chain.length < MAX_CHAIN) {
    const manager = await managerOf(ctx, em, membership);
    if (!manager || seen.has(manager.id)) break;
    chain.push(manager);
    seen.add(manager.id);
    membership = await membershipFor(em, manager.id);
  }
  return chain;
}

/** The n-th manager up (1 = direct manager), or null when the chain is shorter. */
export async function nthManager(ctx: RequestContext, personId: string, level: number, departmentId?: string | null): Promise<Person | null> {
  if (!Number.isInteger(level) || level < 1 || level > MAX_CHAIN) throw badInput({ field: 'level', code: 'INVALID_VALUE' });
  const chain = await managerChain(ctx, personId, departmentId);
  return chain[level - 1] ?? null;
}

/** The nearest manager whose rank is at or above the rank with this code (by rank level), or null. */
export async function firstManagerAtOrAboveRank(ctx: RequestContext, personId: string, rankCode: string, departmentId?: string | null): Promise<Person | null> {
  const rank = await ctx.em.findOne(JobRank, { code: rankCode });
  if (!rank) throw badInput({ field: 'rankCode', code: 'UNKNOWN_REFERENCE' });
  const chain = await managerChain(ctx, personId, departmentId);
  const rankIds = chain.map((p) => p.rank?.id).filter((id): id is string => Boolean(id));
  const ranks = rankIds.length ? await ctx.em.find(JobRank, { id: { $in: rankIds } }) : [];
  const levelOf = new Map(ranks.map((r) => [r.id, r.level]));
  return chain.find((p) => p.rank && (levelOf.get(p.rank.id) ?? -Infinity) >= rank.level) ?? null;
}

/** The leaders of the department's ancestor at `levelFromTop` (1 = the top-level department of its branch). */
export async function departmentHeads(ctx: RequestContext, departmentId: string, levelFromTop: number): Promise<Person[]> {
  if (!Number.isInteger(levelFromTop) || levelFromTop < 1) throw badInput({ field: 'levelFromTop', code: 'INVALID_VALUE' });
  const department = await loadDepartment(ctx, ctx.em, departmentId);
  const path = [...(await ancestorIds(ctx.em, ctx.tenantId, department.id)), department.id];
  const target = path[levelFromTop - 1];
  if (!target) return [];
  const leaderIds = await ctx.loader(leaderIdsByDepartment).load(target);
  const people = foundValues(await ctx.loader(anyPersonById).loadMany(leaderIds)).filter((p) => p.status === PersonStatus.ACTIVE);
  return people.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/**
 * Keeps only the people the caller may read, in order (chains are computed through hidden managers, but their answers
 * never reveal them): the same read rule, in SQL, as every link to a person.
 */
export async function readable(ctx: RequestContext, people: Person[]): Promise<Person[]> {
  return foundValues(await ctx.loader(personById).loadMany(people.map((p) => p.id)));
}
