import type { CreateDepartmentInput, DepartmentFieldsFragment } from '../../gql/graphql';
import { graphqlRequest } from '../../providers/graphqlClient';
import { compact, page, resourceDataProvider, sameValue, useNamedOperations } from '../../providers/dataProvider';
import { ARCHIVE_DEPARTMENT, CREATE_DEPARTMENT, DEPARTMENT, DEPARTMENTS, MOVE_DEPARTMENT, RENAME_DEPARTMENT, REORDER_DEPARTMENTS, SET_DEPARTMENT_LEADERS } from './operations';

/** A department as react-admin holds it: the API's fields plus its leaders' ids for the leaders input. */
const toDepartment = <T extends DepartmentFieldsFragment>(department: T) => ({ ...department, leaderIds: department.leaders.map((person) => person.id) });

/** The departments' operations beyond CRUD. */
export const departmentOperations = {
  /** Saves the order of the sub-departments of `parentId` (null: the top level), first to last. */
  reorderDepartments: async (parentId: string | null, departmentIds: string[]) => (await graphqlRequest(REORDER_DEPARTMENTS, { parentId, departmentIds })).reorderDepartments,
};

/** Departments → `departments`, `department`, `createDepartment`; an edit calls the named mutation of each changed part. */
export const departmentsDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const filter = params.filter ?? {};
      const variables = { ...page(params), filter: compact({ search: filter.q, rootsOnly: filter.rootsOnly, parentId: filter.parentId, includeArchived: filter.includeArchived }) };
      const { departments } = await graphqlRequest(DEPARTMENTS, variables);
      return { data: departments.items.map(toDepartment), total: departments.totalCount };
    },

    async getOne(id) {
      return toDepartment((await graphqlRequest(DEPARTMENT, { id })).department);
    },

    async create(data) {
      const input: CreateDepartmentInput = { name: data.name, ...compact({ code: data.code, parentId: data.parentId, externalId: data.externalId }) };
      return toDepartment((await graphqlRequest(CREATE_DEPARTMENT, { input })).createDepartment);
    },

    async update(id, data, previous) {
      let result: DepartmentFieldsFragment | undefined;
      const renamed = (['name', 'code', 'externalId'] as const).some((field) => field in data && !sameValue(data[field], previous[field]));
      if (renamed) {
        const variables = {
          id,
          name: data.name ?? previous.name,
          code: ('code' in data ? data.code : previous.code) || null,
          externalId: ('externalId' in data ? data.externalId : previous.externalId) || null,
        };
        result = (await graphqlRequest(RENAME_DEPARTMENT, variables)).renameDepartment;
      }
      if ('parentId' in data && !sameValue(data.parentId, previous.parentId)) {
        result = (await graphqlRequest(MOVE_DEPARTMENT, { id, newParentId: data.parentId || null })).moveDepartment;
      }
      const leaderIds: string[] | undefined = data.leaderIds;
      if (leaderIds && [...leaderIds].sort().join() !== [...(previous.leaderIds ?? [])].sort().join()) {
        result = (await graphqlRequest(SET_DEPARTMENT_LEADERS, { id, personIds: leaderIds })).setDepartmentLeaders;
      }
      return result ? toDepartment(result) : previous;
    },

    async delete(id) {
      return toDepartment((await graphqlRequest(ARCHIVE_DEPARTMENT, { id })).archiveDepartment);
    },
  },
  departmentOperations,
);

/** The departments' named operations, called through react-admin's data provider. */
export const useDepartmentOperations = () => useNamedOperations<typeof departmentOperations>('departments');
