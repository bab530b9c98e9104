import { AutocompleteInput, ReferenceInput, type Validator } from 'react-admin';

/** Picks a department by typing part of its name or code (`departments(filter: {search})`). */
export function DepartmentInput({ source, label, helperText, validate }: { source: string; label?: string; helperText?: string; validate?: Validator | Validator[] }) {
  return (
    <ReferenceInput source={source} reference="departments" perPage={20}>
      <AutocompleteInput label={label} helperText={helperText} validate={validate} fullWidth />
    </ReferenceInput>
  );
}
