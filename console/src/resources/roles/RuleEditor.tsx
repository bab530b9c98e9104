import { Alert, Box } from '@mui/material';
import { ArrayInput, BooleanInput, FormDataConsumer, required, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { formatConditions, formatFields, validateConditions } from './ruleForm';
import { usePermissionVocabulary } from './usePermissionVocabulary';

const keepText = (text: string) => text;

/** One rule: action, subject, deny toggle and purpose on the first line; JSON conditions and field limits below. */
function RuleRow() {
  const translate = useTranslate();
  const { vocabulary, isPending, actionChoices, subjectChoices } = usePermissionVocabulary();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '200px 240px 120px 1fr' }, columnGap: 2, width: '100%', alignItems: 'start' }}>
      <SelectInput source="action" choices={actionChoices} isPending={isPending} translateChoice={false} validate={required()} />
      <SelectInput source="subject" choices={subjectChoices} isPending={isPending} translateChoice={false} validate={required()} />
      <BooleanInput source="inverted" label="harbour.roles.deny" sx={{ mt: 1, whiteSpace: 'nowrap' }} />
      <TextInput source="description" label="harbour.roles.rule_description" />
      <FormDataConsumer>
        {({ scopedFormData }) => {
          const subject = vocabulary?.subjects.find((s) => s.name === scopedFormData?.subject);
          const conditionHelp = subject
            ? translate('harbour.roles.conditions_fields', { fields: subject.conditionFields.join(', ') })
            : scopedFormData?.subject === 'all'
              ? translate('harbour.roles.conditions_help_all')
              : undefined;
          const fieldsHelp = subject?.protectedFields.length
            ? translate('harbour.roles.fields_help_protected', { fields: subject.protectedFields.join(', ') })
            : translate('harbour.roles.fields_help');
          return (
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, columnGap: 2, gridColumn: '1 / -1' }}>
              <TextInput
                source="conditions"
                multiline
                format={formatConditions}
                parse={keepText}
                validate={validateConditions}
                helperText={conditionHelp}
                sx={{ '& textarea': { fontFamily: 'monospace', fontSize: 13 } }}
              />
              <TextInput source="fields" format={formatFields} parse={keepText} helperText={fieldsHelp} />
            </Box>
          );
        }}
      </FormDataConsumer>
    </Box>
  );
}

/** The rules of a role as written (the advanced editor), with how conditions are written explained once above them. */
export function RuleEditor() {
  const translate = useTranslate();
  const { vocabulary } = usePermissionVocabulary();
  return (
    <Box sx={{ width: '100%' }}>
      <Alert severity="info" sx={{ mb: 1 }}>
        {translate('harbour.roles.rules_help', { placeholders: (vocabulary?.placeholders ?? []).join(', ') })}
      </Alert>
      <ArrayInput source="rules" label="harbour.roles.rules">
        <SimpleFormIterator disableClear fullWidth sx={{ '& .RaSimpleFormIterator-line': { borderBottom: 1, borderColor: 'divider', py: 1 } }}>
          <RuleRow />
        </SimpleFormIterator>
      </ArrayInput>
    </Box>
  );
}
