import { AutocompleteInput, email, maxLength, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { FormSection } from '../../components/FormSection';
import { LocalDateInput } from '../../components/LocalDateInput';

/** The language choices of a person's preferred language. */
export const localeChoices = [
  { id: 'zh-HK', name: 'harbour.language.zh-HK' },
  { id: 'en', name: 'harbour.language.en' },
  { id: 'zh-CN', name: 'harbour.language.zh-CN' },
];

/** Work and employment details of a person (`PersonDetailsInput`), shared by the create and edit forms. */
export function PersonDetailsInputs() {
  return (
    <>
      <FormSection title="harbour.people.sections.work">
        <TextInput source="displayName" validate={[required(), maxLength(200)]} />
        <TextInput source="englishName" validate={maxLength(200)} />
        <TextInput source="workEmail" type="email" validate={[email(), maxLength(254)]} />
        <TextInput source="employeeNo" validate={maxLength(50)} />
        <TextInput source="jobTitle" validate={maxLength(200)} />
        <ReferenceInput source="rankId" reference="jobRanks" perPage={100}>
          <AutocompleteInput />
        </ReferenceInput>
      </FormSection>
      <FormSection title="harbour.people.sections.employment">
        <LocalDateInput source="employmentStartDate" />
        <LocalDateInput source="employmentEndDate" />
        <SelectInput source="locale" choices={localeChoices} emptyText="harbour.people.locale_default" />
        <TextInput source="externalId" validate={maxLength(100)} helperText="harbour.people.external_id_help" />
      </FormSection>
    </>
  );
}

/** The protected contact fields; only people with a field permission may read or change them. */
export function ProtectedContactInputs() {
  return (
    <FormSection title="harbour.people.sections.private" help="harbour.people.protected_hint">
      <TextInput source="mobilePhone" validate={maxLength(50)} />
      <TextInput source="personalEmail" type="email" validate={[email(), maxLength(254)]} />
      <TextInput source="homeAddress" validate={maxLength(500)} multiline sx={{ gridColumn: { md: '1 / span 2' } }} />
    </FormSection>
  );
}
