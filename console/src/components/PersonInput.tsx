import { Box, Typography } from '@mui/material';
import { AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput, useRecordContext, type RaRecord, type Validator } from 'react-admin';

/** A person's job title and primary department, e.g. "地盤總管 · 地盤一組（啟德）", to tell namesakes apart. */
export function personContext(person: RaRecord): string {
  const primary = person.memberships?.find((membership: RaRecord) => membership.isPrimary) ?? person.memberships?.[0];
  return [person.jobTitle, primary?.department?.name].filter(Boolean).join(' · ');
}

/** One person in a picker: their name, then their title and department on a second line. */
function PersonOption() {
  const person = useRecordContext();
  if (!person) return null;
  const context = personContext(person);
  return (
    <Box sx={{ minWidth: 0 }} data-testid="person-option">
      <Typography variant="body2" component="span" sx={{ display: 'block' }}>
        {person.displayName}
        {person.englishName && (
          <Typography variant="body2" component="span" color="text.secondary">
            {` (${person.englishName})`}
          </Typography>
        )}
      </Typography>
      {context && (
        <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
          {context}
        </Typography>
      )}
    </Box>
  );
}

const optionProps = {
  optionText: <PersonOption />,
  inputText: (person: RaRecord) => person.displayName,
  // The API has already matched the search on name, English name, email, staff number and title.
  matchSuggestion: () => true,
};

/** Picks one person by typing part of their name, email or staff number (`people(filter: {search})`). */
export function PersonInput({ source, label, helperText, validate }: { source: string; label?: string; helperText?: string; validate?: Validator | Validator[] }) {
  return (
    <ReferenceInput source={source} reference="people" perPage={20}>
      <AutocompleteInput label={label} helperText={helperText} validate={validate} fullWidth {...optionProps} />
    </ReferenceInput>
  );
}

/** Picks several people (e.g. department leaders). */
export function PeopleInput({ source, label, helperText }: { source: string; label?: string; helperText?: string }) {
  return (
    <ReferenceArrayInput source={source} reference="people" perPage={20}>
      <AutocompleteArrayInput label={label} helperText={helperText} fullWidth {...optionProps} />
    </ReferenceArrayInput>
  );
}
