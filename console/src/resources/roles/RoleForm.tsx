import { Box, Divider } from '@mui/material';
import type { ReactElement } from 'react';
import { FormDataConsumer, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { lacksChosenDepartments } from './permissionForm';
import { PermissionEditor } from './PermissionEditor';
import { PermissionPreview } from './PermissionPreview';
import { toRuleInputs, type RuleFormValue } from './ruleForm';

/** A scope of chosen departments with none chosen would match nothing: the form asks for one instead of saving it. */
const validateRole = (values: Record<string, unknown>) =>
  lacksChosenDepartments(toRuleInputs(values.rules as RuleFormValue[] | undefined) ?? []) ? { rules: 'harbour.roles.choose_departments' } : {};

/** Name, description and permissions of a role, with the live effective-permissions preview of the unsaved rules. */
export function RoleForm({ toolbar }: { toolbar?: ReactElement }) {
  return (
    <SimpleForm toolbar={toolbar} defaultValues={{ rules: [] }} validate={validateRole}>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr' }, columnGap: 2, width: '100%' }}>
        <TextInput source="name" validate={[required(), maxLength(100)]} />
        <TextInput source="description" validate={maxLength(500)} />
      </Box>
      <PermissionEditor />
      <Divider sx={{ width: '100%', my: 2 }} />
      <FormDataConsumer>{({ formData }) => <PermissionPreview rules={formData.rules} />}</FormDataConsumer>
    </SimpleForm>
  );
}
