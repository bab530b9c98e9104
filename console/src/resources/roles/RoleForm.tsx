import { Box, Divider } from '@mui/material';
import type { ReactElement } from 'react';
import { FormDataConsumer, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { PermissionPreview } from './PermissionPreview';
import { RuleEditor } from './RuleEditor';

/** Name, description and rules of a role, with the live effective-permissions preview of the unsaved rules. */
export function RoleForm({ toolbar }: { toolbar?: ReactElement }) {
  return (
    <SimpleForm toolbar={toolbar} defaultValues={{ rules: [] }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' }, columnGap: 2, width: '100%' }}>
        <TextInput source="name" validate={[required(), maxLength(100)]} />
        <TextInput source="description" validate={maxLength(500)} />
      </Box>
      <RuleEditor />
      <Divider sx={{ width: '100%', my: 2 }} />
      <FormDataConsumer>{({ formData }) => <PermissionPreview rules={formData.rules} />}</FormDataConsumer>
    </SimpleForm>
  );
}
