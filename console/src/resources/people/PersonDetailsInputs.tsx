import LockIcon from '@mui/icons-material/LockOutlined';
import { InputAdornment, TextField } from '@mui/material';
import type { ReactElement } from 'react';
import { AutocompleteInput, email, maxLength, ReferenceInput, required, SelectInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { FormSection } from '../../components/FormSection';
import { isHiddenField } from '../../components/ProtectedTextField';
import { LocalDateInput } from '../../components/LocalDateInput';

/** The language choices of a person's preferred language. */
export const localeChoices = [
  { id: 'zh-HK', name: 'harbour.language.zh-HK' },
  { id: 'en', name: 'harbour.language.en' },
  { id: 'zh-CN', name: 'harbour.language.zh-CN' },
];

/**
 * Whether a detail of the person in the form is closed to the signed-in person: the API's `viewerCan.editableFields`
 * decides (a new person has no record yet: every field is open).
 */
function useReadOnly(): (source: string) => boolean {
  const record = useRecordContext();
  const editable: string[] | undefined = record?.viewerCan?.editableFields;
  return (source) => Boolean(editable) && !editable!.includes(source);
}

/** Work and employment details of a person (`PersonDetailsInput`), shared by the create and edit forms. */
export function PersonDetailsInputs() {
  const readOnly = useReadOnly();
  return (
    <>
      <FormSection title="harbour.people.sections.work">
        <TextInput source="displayName" validate={[required(), maxLength(200)]} disabled={readOnly('displayName')} />
        <TextInput source="englishName" validate={maxLength(200)} disabled={readOnly('englishName')} />
        <TextInput source="workEmail" type="email" validate={[email(), maxLength(254)]} disabled={readOnly('workEmail')} />
        <TextInput source="employeeNo" validate={maxLength(50)} disabled={readOnly('employeeNo')} />
        <TextInput source="jobTitle" validate={maxLength(200)} disabled={readOnly('jobTitle')} />
        <ReferenceInput source="rankId" reference="jobRanks" perPage={100}>
          <AutocompleteInput disabled={readOnly('rankId')} />
        </ReferenceInput>
      </FormSection>
      <FormSection title="harbour.people.sections.employment">
        <LocalDateInput source="employmentStartDate" disabled={readOnly('employmentStartDate')} />
        <LocalDateInput source="employmentEndDate" disabled={readOnly('employmentEndDate')} />
        <SelectInput source="locale" choices={localeChoices} emptyText="harbour.people.locale_default" disabled={readOnly('locale')} />
        <TextInput source="externalId" validate={maxLength(100)} helperText="harbour.people.external_id_help" disabled={readOnly('externalId')} />
      </FormSection>
    </>
  );
}

/** A protected field the signed-in person may not read: shown as hidden, not as an empty box to type into. */
function HiddenValue({ source }: { source: string }) {
  const translate = useTranslate();
  return (
    <TextField
      label={translate(`resources.people.fields.${source}`)}
      value={translate('harbour.people.hidden_value')}
      disabled
      variant="filled"
      margin="dense"
      helperText={translate('harbour.people.protected_hint')}
      data-testid={`hidden-${source}`}
      slotProps={{
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <LockIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}

/** The protected contact fields; only people with a field permission may read or change them. */
export function ProtectedContactInputs() {
  const record = useRecordContext();
  const readOnly = useReadOnly();
  const input = (source: string, element: ReactElement) => (isHiddenField(record, source) ? <HiddenValue key={source} source={source} /> : element);
  return (
    <FormSection title="harbour.people.sections.private" help="harbour.people.protected_hint">
      {input('mobilePhone', <TextInput source="mobilePhone" validate={maxLength(50)} disabled={readOnly('mobilePhone')} />)}
      {input('personalEmail', <TextInput source="personalEmail" type="email" validate={[email(), maxLength(254)]} disabled={readOnly('personalEmail')} />)}
      {input('homeAddress', <TextInput source="homeAddress" validate={maxLength(500)} multiline sx={{ gridColumn: { md: '1 / span 2' } }} disabled={readOnly('homeAddress')} />)}
    </FormSection>
  );
}
