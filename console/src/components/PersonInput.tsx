import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput, type Validator } from 'react-admin';

/** Picks one person by typing part of their name, email or staff number (`people(filter: {search})`). */
export function PersonInput({ source, label, helperText, validate }: { source: string; label?: string; helperText?: string; validate?: Validator | Validator[] }) {
  return (
    <ReferenceInput source={source} reference="people" perPage={20}>
      <AutocompleteInput label={label} helperText={helperText} validate={validate} fullWidth />
    </ReferenceInput>
  );
}

/** Picks several people (e.g. department leaders). */
export function PeopleInput({ source, label, helperText }: { source: string; label?: string; helperText?: string }) {
  return (
    <ReferenceArrayInput source={source} reference="people" perPage={20}>
      <AutocompleteArrayInput label={label} helperText={helperText} fullWidth />
    </ReferenceArrayInput>
  );
}
