import { maxLength, required, TextInput, useDataProvider, useNotify, useRefresh, type RaRecord } from 'react-admin';
import { DepartmentInput } from '../../components/DepartmentInput';
import { FormDialog } from '../../components/FormDialog';
import { PeopleInput } from '../../components/PersonInput';

interface DialogProps {
  open: boolean;
  onClose: () => void;
}

/** Creates a department under `parentId` (or at the top level) → `createDepartment`. */
export function CreateDepartmentDialog({ open, onClose, parentId, onCreated }: DialogProps & { parentId: string | null; onCreated: (id: string, parentId: string | null) => void }) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={parentId ? 'harbour.departments.add_child' : 'harbour.departments.add_top_level'}
      submitLabel="ra.action.create"
      defaultValues={{ parentId }}
      onSubmit={async (values) => {
        const { data } = await dataProvider.create('departments', { data: values });
        notify('harbour.departments.created', { type: 'success', messageArgs: { name: data.name } });
        refresh();
        onCreated(data.id as string, data.parentId ?? null);
      }}
    >
      <TextInput source="name" validate={[required(), maxLength(200)]} autoFocus />
      <TextInput source="code" validate={maxLength(50)} />
      <TextInput source="externalId" validate={maxLength(100)} helperText="harbour.departments.external_id_help" />
      <DepartmentInput source="parentId" helperText="harbour.departments.parent_help" />
    </FormDialog>
  );
}

/** Renames a department and changes its code and external id → `renameDepartment`. */
export function RenameDepartmentDialog({ open, onClose, record }: DialogProps & { record: RaRecord }) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title="harbour.departments.rename"
      defaultValues={{ name: record.name, code: record.code ?? '', externalId: record.externalId ?? '' }}
      onSubmit={async (values) => {
        await dataProvider.update('departments', { id: record.id, data: { name: values.name, code: values.code, externalId: values.externalId }, previousData: record });
        notify('harbour.departments.renamed', { type: 'success', messageArgs: { name: values.name } });
        refresh();
      }}
    >
      <TextInput source="name" validate={[required(), maxLength(200)]} autoFocus />
      <TextInput source="code" validate={maxLength(50)} />
      <TextInput source="externalId" validate={maxLength(100)} helperText="harbour.departments.external_id_help" />
    </FormDialog>
  );
}

/** Moves a department under another one (empty: to the top level) → `moveDepartment`; cycles are refused by the API. */
export function MoveDepartmentDialog({ open, onClose, record, onMoved }: DialogProps & { record: RaRecord; onMoved: (id: string, parentId: string | null) => void }) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title="harbour.departments.move_title"
      titleArgs={{ name: record.name }}
      submitLabel="harbour.departments.move"
      defaultValues={{ parentId: record.parentId ?? null }}
      onSubmit={async (values) => {
        await dataProvider.update('departments', { id: record.id, data: { parentId: values.parentId ?? null }, previousData: record });
        notify('harbour.departments.moved', { type: 'success', messageArgs: { name: record.name } });
        refresh();
        onMoved(record.id as string, values.parentId ?? null);
      }}
    >
      <DepartmentInput source="parentId" label="harbour.departments.new_parent" helperText="harbour.departments.new_parent_help" />
    </FormDialog>
  );
}

/** Replaces the leaders (heads) of a department → `setDepartmentLeaders`. */
export function LeadersDialog({ open, onClose, record }: DialogProps & { record: RaRecord }) {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title="harbour.departments.set_leaders"
      defaultValues={{ leaderIds: record.leaderIds ?? [] }}
      onSubmit={async (values) => {
        await dataProvider.update('departments', { id: record.id, data: { leaderIds: values.leaderIds ?? [] }, previousData: record });
        notify('harbour.departments.leaders_saved', { type: 'success', messageArgs: { name: record.name } });
        refresh();
      }}
    >
      <PeopleInput source="leaderIds" label="resources.departments.fields.leaders" helperText="harbour.departments.leaders_help" />
    </FormDialog>
  );
}
