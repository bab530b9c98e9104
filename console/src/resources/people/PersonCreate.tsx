import { ArrayInput, BooleanInput, Create, PasswordInput, required, SimpleForm, SimpleFormIterator, useTranslate } from 'react-admin';
import { DepartmentInput } from '../../components/DepartmentInput';
import { FormSection } from '../../components/FormSection';
import { PersonInput } from '../../components/PersonInput';
import { useSavedNotice } from '../../hooks/useSavedNotice';
import { PersonDetailsInputs, ProtectedContactInputs } from './PersonDetailsInputs';

const atLeastOne = (value: unknown[] | undefined) => (value?.length ? undefined : 'harbour.people.memberships_required');

/** Adds a person with their departments (and managers), optionally with a first password → `createPerson`. */
export function PersonCreate() {
  const translate = useTranslate();
  const saved = useSavedNotice('created', { redirect: 'edit' });
  return (
    <Create mutationOptions={saved}>
      <SimpleForm defaultValues={{ memberships: [{ departmentId: null, managerId: null, isPrimary: true }] }} sx={{ maxWidth: 960 }}>
        <PersonDetailsInputs />
        <FormSection title="harbour.people.sections.departments" help="harbour.people.memberships_help">
          <ArrayInput source="memberships" label={false} validate={atLeastOne} sx={{ gridColumn: { md: '1 / span 2' } }}>
            <SimpleFormIterator inline disableReordering>
              <DepartmentInput source="departmentId" label="resources.people.fields.departmentId" validate={required()} />
              <PersonInput source="managerId" label="resources.people.fields.managerId" helperText="harbour.people.manager_help" />
              <BooleanInput source="isPrimary" label="resources.people.fields.isPrimary" sx={{ mt: 1, whiteSpace: 'nowrap' }} />
            </SimpleFormIterator>
          </ArrayInput>
        </FormSection>
        <ProtectedContactInputs />
        <FormSection title="harbour.people.sections.sign_in" help="harbour.people.initial_password_help">
          <PasswordInput source="initialPassword" autoComplete="new-password" helperText={translate('harbour.people.password_rule')} />
        </FormSection>
      </SimpleForm>
    </Create>
  );
}
