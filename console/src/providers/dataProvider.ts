import { useMemo } from 'react';
import { combineDataProviders, useDataProvider, type DataProvider, type GetListParams, type Identifier } from 'react-admin';

/** A record as the console passes it to react-admin (the API's shape, sometimes with derived fields). */
export type AnyRecord = Record<string, any>;

/** A page of records and how many there are in all. */
export interface ListResult {
  data: AnyRecord[];
  total: number;
}

/**
 * What one resource's data provider does, each method without the resource argument. Methods a resource does not
 * have are refused; `getMany` defaults to one `getOne` per id (missing records are left out) and `getManyReference`
 * to `getList` filtered by the reference.
 */
export interface ResourceMethods {
  getList?(params: GetListParams): Promise<ListResult>;
  getOne?(id: Identifier): Promise<AnyRecord>;
  getMany?(ids: Identifier[]): Promise<AnyRecord[]>;
  create?(data: AnyRecord): Promise<AnyRecord>;
  update?(id: Identifier, data: AnyRecord, previous: AnyRecord): Promise<AnyRecord>;
  delete?(id: Identifier, previous: AnyRecord | undefined, meta: AnyRecord | undefined): Promise<AnyRecord>;
}

/** One resource's react-admin data provider; combined with the others by resource name (see HarbourConsole). */
export type ResourceDataProvider = DataProvider;

/** A module's named operations beyond CRUD (`assignRole`, `verifyAuditChain` …), as functions of their own arguments. */
export type NamedOperations = Record<string, (...args: never[]) => Promise<unknown>>;

/** The most the API returns in one page. */
export const MAX_PAGE = 100;

/** react-admin's page → the API's `take` and `skip`. */
export function page(params: Pick<GetListParams, 'pagination'>): { take: number; skip: number } {
  const { page: number = 1, perPage = 25 } = params.pagination ?? {};
  const take = Math.min(Math.max(perPage, 1), MAX_PAGE);
  return { take, skip: (number - 1) * take };
}

/** Filter values react-admin leaves as '' or undefined are not sent. */
export function compact(values: AnyRecord): AnyRecord {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}

/** Lists the API returns whole (roles, ranks, assignments) are paged in the browser. */
export function clientPage(all: AnyRecord[], params: GetListParams): ListResult {
  const { take, skip } = page(params);
  return { data: all.slice(skip, skip + take), total: all.length };
}

/** Whether two form values are the same once empty values are treated alike. */
export const sameValue = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

/**
 * A resource's data provider from its methods, plus its named operations beyond CRUD. combineDataProviders passes the
 * resource first to every method, named ones included; the named operations take only their own arguments (modules
 * call them with `useNamedOperations`).
 */
export function resourceDataProvider(methods: ResourceMethods, operations: NamedOperations = {}): ResourceDataProvider {
  const refuse = (verb: string, resource: string): never => {
    throw new Error(`Cannot ${verb} ${resource}`);
  };
  const getList = (resource: string, params: GetListParams) => (methods.getList ? methods.getList(params) : refuse('list', resource));
  const getOne = (resource: string, id: Identifier) => (methods.getOne ? methods.getOne(id) : refuse('read', resource));
  const remove = (resource: string, id: Identifier, previous: AnyRecord | undefined, meta: AnyRecord | undefined) => (methods.delete ? methods.delete(id, previous, meta) : refuse('delete', resource));
  const getMany = async (resource: string, ids: Identifier[]) => {
    if (methods.getMany) return methods.getMany(ids);
    // The API has no "by ids" lists: records are loaded one by one.
    const results = await Promise.allSettled(ids.map((id) => getOne(resource, id)));
    return results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  };
  const named = Object.fromEntries(
    Object.entries(operations).map(([name, operation]) => [name, (_resource: string, ...args: unknown[]) => (operation as (...call: unknown[]) => Promise<unknown>)(...args)]),
  );
  return {
    getList: async (resource, params) =>
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: react-admin's RecordType is generic (tsc TS2322 without it)
      (await getList(resource, params)) as { data: any[]; total: number },
    getOne: async (resource, params) => ({ data: (await getOne(resource, params.id)) as any }),
    getMany: async (resource, params) => ({ data: (await getMany(resource, params.ids)) as any[] }),
    getManyReference: async (resource, params) =>
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: react-admin's RecordType is generic (tsc TS2322 without it)
      (await getList(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } })) as { data: any[]; total: number },
    create: async (resource, params) => ({ data: (methods.create ? await methods.create(params.data) : refuse('create', resource)) as any }),
    update: async (resource, params) => ({
      data: (methods.update ? await methods.update(params.id, params.data, params.previousData) : refuse('update', resource)) as any,
    }),
    updateMany: async (resource, params) => {
      throw new Error(`Cannot update several ${resource} at once (${params.ids.length})`);
    },
    delete: async (resource, params) => ({ data: (await remove(resource, params.id, params.previousData, params.meta)) as any }),
    deleteMany: async (resource, params) => {
      for (const id of params.ids) await remove(resource, id, undefined, params.meta);
      return { data: params.ids };
    },
    ...named,
  };
}

/** One data provider for react-admin that hands each call to the provider of its resource. */
export function combinedDataProvider(providers: ReadonlyMap<string, ResourceDataProvider>): DataProvider {
  return combineDataProviders((resource) => {
    const provider = providers.get(resource);
    if (!provider) throw new Error(`Unknown resource ${resource}`);
    return provider;
  });
}

/**
 * A resource's named operations, called through react-admin's data provider (so an ended session signs out, as for
 * every other call) with the resource filled in.
 */
export function useNamedOperations<T extends NamedOperations>(resource: string): T {
  const dataProvider = useDataProvider() as unknown as Record<string, (...call: unknown[]) => unknown>;
  return useMemo(
    () =>
      new Proxy({} as T, {
        get:
          (_target, name) =>
          (...args: unknown[]) =>
            dataProvider[name as string](resource, ...args),
      }),
    [dataProvider, resource],
  );
}
