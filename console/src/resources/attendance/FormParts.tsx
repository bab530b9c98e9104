import { Box } from '@mui/material';
import { ArrayInput, DeleteButton, SaveButton, SimpleFormIterator, TextInput, Toolbar, required, useCanAccess, useRecordContext, useResourceContext, useTranslate } from 'react-admin';

/**
 * A list of texts (Wi-Fi BSSIDs, IP ranges), one input each, added and removed. Blank entries are refused before saving;
 * the API's problem with the n-th entry (`wifiBssids.1`) is shown under that input.
 */
export function TextListInput({ source, itemLabel, helperText }: { source: string; itemLabel: string; helperText: string }) {
  return (
    <Box data-testid={`list-${source}`} sx={{ gridColumn: { md: '1 / span 2' } }}>
      <ArrayInput source={source}>
        <SimpleFormIterator inline disableReordering disableClear>
          <TextInput source="" label={itemLabel} helperText={helperText} validate={required()} sx={{ minWidth: 320 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </Box>
  );
}

/** Save, and delete after a confirmation naming the record; a refusal (ATTENDANCE_PLACE_IN_USE …) is the API's sentence. */
export function EditToolbar({ deleteTitle, deleteContent = 'harbour.attendance.delete_content' }: { deleteTitle: string; deleteContent?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record && <DeleteButton mutationMode="pessimistic" confirmTitle={translate(deleteTitle, { name: record.name })} confirmContent={translate(deleteContent)} redirect="list" />}
    </Toolbar>
  );
}

/** A list row opens the record's form for those who may change it; for everyone else the list is read-only. */
export function useRowClick(): 'edit' | false {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ resource, action: 'edit' });
  return canAccess ? 'edit' : false;
}
