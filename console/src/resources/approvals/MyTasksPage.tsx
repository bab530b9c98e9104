import CheckIcon from '@mui/icons-material/Check';
import { Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { Button, DataTable, List, useListContext, useNotify, useRefresh, useTranslate, useUnselectAll } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import type { ApprovalRequestStatus, ApprovalTaskBox, ApprovalTaskStatus } from '../../gql/graphql';
import { errorSentence } from '../../providers/graphqlClient';
import { useDates } from '../../providers/dates';
import { useApprovalRequestOperations } from './dataProvider';
import { RequestStatusChip, taskStatusLabels } from './StatusChips';

/** Approves the chosen pending tasks at once (`approveApprovalTasks`: all of them, or none). */
function BatchApproveButton() {
  const { selectedIds } = useListContext();
  const operations = useApprovalRequestOperations();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('myApprovalTasks');
  const [busy, setBusy] = useState(false);
  return (
    <Button
      label="harbour.approvals.tasks.batch_approve"
      startIcon={<CheckIcon />}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        operations.approveApprovalTasks(selectedIds, null).then(
          () => {
            notify('harbour.approvals.tasks.batch_approved', { type: 'success', messageArgs: { smart_count: selectedIds.length } });
            unselectAll();
            refresh();
            setBusy(false);
          },
          (error: unknown) => {
            notify(errorSentence(error), { type: 'error' });
            setBusy(false);
          },
        );
      }}
    />
  );
}

/** 我的審批: the tasks waiting for the signed-in person (batch approve) and those they have decided. */
export function MyTasksPage() {
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  const [box, setBox] = useState<ApprovalTaskBox>('PENDING');
  return (
    <>
      <Tabs value={box} onChange={(_event, next: ApprovalTaskBox) => setBox(next)} sx={{ mt: 1 }}>
        <Tab value="PENDING" label={translate('harbour.approvals.tasks.pending')} />
        <Tab value="DONE" label={translate('harbour.approvals.tasks.done')} />
      </Tabs>
      <List key={box} resource="myApprovalTasks" title={translate('harbour.approvals.menu.tasks')} filter={{ box }} exporter={false} perPage={25} disableSyncWithLocation actions={false}>
        <DataTable rowClick={(_id, _resource, record) => `/approvalRequests/${record.request?.id}/show`} bulkActionButtons={box === 'PENDING' ? <BatchApproveButton /> : false}>
          <DataTable.Col source="request.title" label="resources.approvalRequests.fields.title" disableSort render={(record) => record.request?.title ?? <EmptyValue />} />
          <DataTable.Col source="request.template" label="resources.approvalRequests.fields.template" disableSort render={(record) => record.request?.template?.name ?? <EmptyValue />} />
          <DataTable.Col source="request.applicant" label="resources.approvalRequests.fields.applicant" disableSort render={(record) => record.request?.applicant?.displayName ?? <EmptyValue />} />
          <DataTable.Col source="assignedAt" label="harbour.approvals.tasks.assigned_at" disableSort render={(record) => formatDateTime(record.assignedAt)} />
          {box === 'DONE' && (
            <DataTable.Col source="status" label="harbour.approvals.tasks.my_decision" disableSort render={(record) => translate(taskStatusLabels[record.status as ApprovalTaskStatus])} />
          )}
          <DataTable.Col
            source="request.status"
            label="resources.approvalRequests.fields.status"
            disableSort
            render={(record) => (record.request ? <RequestStatusChip status={record.request.status as ApprovalRequestStatus} /> : <EmptyValue />)}
          />
        </DataTable>
      </List>
    </>
  );
}
