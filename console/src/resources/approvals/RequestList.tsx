import { AutocompleteInput, DataTable, List, ReferenceInput, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { DepartmentInput } from '../../components/DepartmentInput';
import { EmptyValue } from '../../components/EmptyValue';
import { LocalDateInput } from '../../components/LocalDateInput';
import type { ApprovalRequestStatus } from '../../gql/graphql';
import { useDates } from '../../providers/dates';
import { RequestStatusChip, requestStatusLabels } from './StatusChips';

const statusChoices = Object.entries(requestStatusLabels).map(([id, name]) => ({ id, name }));

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="templateId" source="templateId" reference="approvalTemplates" alwaysOn>
    <AutocompleteInput label="resources.approvalRequests.fields.template" optionText="name" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" label="resources.approvalRequests.fields.status" choices={statusChoices} alwaysOn />,
  <LocalDateInput key="submittedFrom" source="submittedFrom" label="harbour.approvals.requests.submitted_from" />,
  <LocalDateInput key="submittedTo" source="submittedTo" label="harbour.approvals.requests.submitted_to" />,
  <DepartmentInput key="departmentId" source="departmentId" label="resources.approvalRequests.fields.department" />,
];

/** Requests as a table; a row opens the request's page. */
function RequestTable() {
  const { formatDateTime } = useDates();
  return (
    <DataTable rowClick={(id) => `/approvalRequests/${id}/show`} bulkActionButtons={false}>
      <DataTable.Col source="title" label="resources.approvalRequests.fields.title" disableSort />
      <DataTable.Col source="template" label="resources.approvalRequests.fields.template" disableSort render={(record) => record.template?.name ?? <EmptyValue />} />
      <DataTable.Col source="applicant" label="resources.approvalRequests.fields.applicant" disableSort render={(record) => record.applicant?.displayName ?? <EmptyValue />} />
      <DataTable.Col source="department" label="resources.approvalRequests.fields.department" disableSort render={(record) => record.department?.name ?? <EmptyValue />} />
      <DataTable.Col source="status" label="resources.approvalRequests.fields.status" disableSort render={(record) => <RequestStatusChip status={record.status as ApprovalRequestStatus} />} />
      <DataTable.Col source="submittedAt" label="resources.approvalRequests.fields.submittedAt" disableSort render={(record) => formatDateTime(record.submittedAt)} />
    </DataTable>
  );
}

/** Every request the signed-in person may read, filtered by template, status, dates, department and text. */
export function RequestList() {
  return (
    <List filters={filters} exporter={false} perPage={25}>
      <RequestTable />
    </List>
  );
}

/** 我的申請: the signed-in person's own requests. */
export function MyRequestsPage() {
  const translate = useTranslate();
  return (
    <List
      resource="myApprovalRequests"
      title={translate('harbour.approvals.menu.mine')}
      filters={filters.filter((filter) => filter.key !== 'departmentId')}
      exporter={false}
      perPage={25}
      disableSyncWithLocation
    >
      <RequestTable />
    </List>
  );
}

/** 抄送我的: requests the signed-in person was copied on. */
export function CopiedToMePage() {
  const translate = useTranslate();
  return (
    <List resource="approvalRequestsCopiedToMe" title={translate('harbour.approvals.menu.copied')} filters={filters} exporter={false} perPage={25} disableSyncWithLocation>
      <RequestTable />
    </List>
  );
}
