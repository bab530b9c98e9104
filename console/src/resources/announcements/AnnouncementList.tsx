import { Chip } from '@mui/material';
import { CreateButton, DataTable, List, SelectInput, TopToolbar, useCanAccess, useTranslate } from 'react-admin';
import { useDates } from '../../providers/dates';
import { EmptyValue } from '../../components/EmptyValue';
import type { AnnouncementStatus } from '../../gql/graphql';
import { AnnouncementStatusChip, statusLabels } from './AnnouncementStatusChip';

const statusChoices = Object.entries(statusLabels).map(([id, name]) => ({ id, name }));

const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton />
    </TopToolbar>
  );
}

/** When it was (or will be) published; drafts have no date yet. */
function WhenCell({ record }: { record: Record<string, any> }) {
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  if (record.status === 'SCHEDULED' && record.publishAt) return <>{translate('harbour.announcements.scheduled_for', { time: formatDateTime(record.publishAt) })}</>;
  return record.publishedAt ? <>{formatDateTime(record.publishedAt)}</> : <EmptyValue />;
}

/** Whether the signed-in person has confirmed reading a published announcement. */
function ReadByMeCell({ record }: { record: Record<string, any> }) {
  const translate = useTranslate();
  if (record.status !== 'PUBLISHED') return <EmptyValue />;
  return record.readByMeAt ? (
    <Chip size="small" color="success" variant="outlined" label={translate('harbour.announcements.read')} />
  ) : (
    <Chip size="small" color="warning" label={translate('harbour.announcements.not_read')} />
  );
}

/** Announcements the signed-in person may read, newest first, filtered by status. */
export function AnnouncementList() {
  const canConfirm = useCanAccess({ resource: 'announcements', action: 'confirm' }).canAccess;
  return (
    <List filters={filters} actions={<ListActions />} exporter={false} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="status" disableSort render={(record) => <AnnouncementStatusChip status={record.status as AnnouncementStatus} />} />
        <DataTable.Col source="publishedAt" disableSort render={(record) => <WhenCell record={record} />} />
        <DataTable.Col source="author" disableSort render={(record) => record.author?.displayName ?? <EmptyValue />} />
        {canConfirm && <DataTable.Col source="readByMeAt" disableSort render={(record) => <ReadByMeCell record={record} />} />}
      </DataTable>
    </List>
  );
}
