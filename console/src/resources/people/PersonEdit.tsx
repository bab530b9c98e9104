import ArchiveIcon from '@mui/icons-material/Archive';
import { Alert, Divider } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, Edit, ListButton, SaveButton, SimpleForm, Toolbar, TopToolbar, useCanAccess, useDataProvider, useNotify, useRecordContext, useRedirect, useTranslate } from 'react-admin';
import { FormDialog } from '../../components/FormDialog';
import { LocalDateInput } from '../../components/LocalDateInput';
import { useDates } from '../../providers/dates';
import { useSavedNotice } from '../../hooks/useSavedNotice';
import { MembershipsPanel } from './MembershipsPanel';
import { PersonDetailsInputs, ProtectedContactInputs } from './PersonDetailsInputs';
import { RoleAssignmentsPanel } from './RoleAssignmentsPanel';

function PersonTitle() {
  const record = useRecordContext();
  return <>{record?.displayName ?? ''}</>;
}

function ArchivePersonButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const canArchive = useCanAccess({ resource: 'people', action: 'delete', record }).canAccess;
  if (!record || !canArchive) return null;
  return (
    <>
      <Button label="harbour.people.archive" color="error" startIcon={<ArchiveIcon />} onClick={() => setOpen(true)} />
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="harbour.people.archive_title"
        titleArgs={{ name: record.displayName }}
        submitLabel="harbour.people.archive"
        onSubmit={async (values) => {
          await dataProvider.delete('people', { id: record.id, previousData: record, meta: { lastDay: values.lastDay } });
          notify('harbour.people.archived', { type: 'success', messageArgs: { name: record.displayName } });
          redirect('list', 'people');
        }}
      >
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('harbour.people.archive_content')}
        </Alert>
        <LocalDateInput source="lastDay" label="harbour.people.last_day" />
      </FormDialog>
    </>
  );
}

/** Someone who may not change this person (e.g. an employee opening a colleague) sees the read-only view instead. */
function ShowUnlessEditable() {
  const record = useRecordContext();
  const redirect = useRedirect();
  const closed = record !== undefined && record.viewerCan?.update === false;
  useEffect(() => {
    if (closed) redirect('show', 'people', record.id);
  }, [closed, record?.id, redirect]);
  return null;
}

function ArchivedNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { formatDate } = useDates();
  if (record?.status !== 'ARCHIVED') return null;
  return (
    <Alert severity="info" sx={{ m: 2, mb: 0 }}>
      {translate('harbour.people.archived_notice', { date: record.employmentEndDate ? formatDate(record.employmentEndDate) : '—' })}
    </Alert>
  );
}

/** A person's details (`updatePerson`, only changed fields are sent), departments and roles; archive with confirmation. */
export function PersonEdit() {
  const saved = useSavedNotice('updated');
  return (
    <Edit
      mutationMode="pessimistic"
      mutationOptions={saved}
      redirect={false}
      title={<PersonTitle />}
      actions={
        <TopToolbar>
          <ListButton />
          <ArchivePersonButton />
        </TopToolbar>
      }
    >
      <ShowUnlessEditable />
      <ArchivedNotice />
      <SimpleForm
        toolbar={
          <Toolbar>
            <SaveButton />
          </Toolbar>
        }
        sx={{ maxWidth: 960 }}
      >
        <PersonDetailsInputs />
        <ProtectedContactInputs />
      </SimpleForm>
      <Divider />
      <MembershipsPanel />
      <Divider />
      <RoleAssignmentsPanel />
    </Edit>
  );
}
