import type { Identifier } from 'react-admin';
import type { CreatePersonInput, MembershipInput, PersonDetailsInput, PersonFieldsFragment, UpdateMembershipInput } from '../../gql/graphql';
import { compact, page, resourceDataProvider, sameValue, useNamedOperations, type AnyRecord } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { ADD_PERSON_TO_DEPARTMENT, ARCHIVE_PERSON, CREATE_PERSON, PEOPLE, PERSON, REMOVE_PERSON_FROM_DEPARTMENT, UPDATE_MEMBERSHIP, UPDATE_PERSON } from './operations';

const personDetailFields = [
  'displayName',
  'englishName',
  'workEmail',
  'employeeNo',
  'jobTitle',
  'rankId',
  'employmentStartDate',
  'employmentEndDate',
  'locale',
  'mobilePhone',
  'personalEmail',
  'homeAddress',
  'externalId',
] as const satisfies readonly (keyof PersonDetailsInput)[];

/** Only the changed details, so nobody needs permission for fields they did not touch (protected fields). */
function changedDetails(data: AnyRecord, previous: AnyRecord): PersonDetailsInput {
  const changes: AnyRecord = {};
  for (const field of personDetailFields) {
    if (field in data && !sameValue(data[field], previous[field])) changes[field] = data[field] === '' ? null : data[field];
  }
  return changes;
}

/** A person as react-admin holds it: the API's fields plus the rank's id for the rank input. */
const toPerson = <T extends PersonFieldsFragment>(person: T) => ({ ...person, rankId: person.rank?.id ?? null });

const getPerson = async (id: Identifier) => toPerson((await graphqlRequest(PERSON, { id })).person);

/** The people module's named operations on a person's departments. */
const operations = {
  addPersonToDepartment: (personId: Identifier, input: MembershipInput) => graphqlRequest(ADD_PERSON_TO_DEPARTMENT, { personId, input: compact(input) as MembershipInput }),
  updateMembership: (id: Identifier, input: UpdateMembershipInput) => graphqlRequest(UPDATE_MEMBERSHIP, { id, input }),
  removePersonFromDepartment: (membershipId: Identifier) => graphqlRequest(REMOVE_PERSON_FROM_DEPARTMENT, { membershipId: membershipId }),
};

/** People → `people`, `person`, `createPerson`, `updatePerson` (changed fields only), `archivePerson`, and the membership verbs. */
export const peopleDataProvider = resourceDataProvider(
  {
    async getList(params) {
      const filter = params.filter ?? {};
      const variables = {
        ...page(params),
        filter: compact({
          search: filter.q,
          departmentId: filter.departmentId,
          includeSubtree: filter.departmentId ? (filter.includeSubtree ?? true) : undefined,
          status: filter.status,
          rankId: filter.rankId,
        }),
      };
      const { people } = await graphqlRequest(PEOPLE, variables);
      return { data: people.items.map(toPerson), total: people.totalCount };
    },

    getOne: getPerson,

    async create(data) {
      const details = compact(Object.fromEntries(personDetailFields.map((field) => [field, data[field]])));
      const memberships = (data.memberships ?? []).map((m: AnyRecord, index: number) => compact({ departmentId: m.departmentId, managerId: m.managerId, isPrimary: m.isPrimary ?? index === 0 }));
      const input = { ...details, memberships, ...compact({ initialPassword: data.initialPassword }) } as CreatePersonInput;
      return toPerson((await graphqlRequest(CREATE_PERSON, { input })).createPerson);
    },

    async update(id, data, previous) {
      const input = changedDetails(data, previous);
      if (Object.keys(input).length === 0) return previous;
      await graphqlRequest(UPDATE_PERSON, { id, input });
      return getPerson(id);
    },

    async delete(id, _previous, meta) {
      return toPerson((await graphqlRequest(ARCHIVE_PERSON, { id, lastDay: meta?.lastDay || null })).archivePerson);
    },
  },
  operations,
);

/** The people module's named operations (`addPersonToDepartment`, `updateMembership`, `removePersonFromDepartment`). */
export const usePeopleOperations = () => useNamedOperations<typeof operations>('people');
