import HelpIcon from '@mui/icons-material/HelpOutlineOutlined';
import { Alert, AlertTitle, Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, Form, FormDataConsumer, ReferenceInput, required, SaveButton, SelectInput, useTranslate } from 'react-admin';
import { JsonView } from '../../components/JsonView';
import { PersonInput } from '../../components/PersonInput';
import { useConsoleModules } from '../../module';
import { useRoleOperations, type PermissionExplanation } from './dataProvider';
import { usePermissionVocabulary } from './usePermissionVocabulary';

/** The console resource that lists records of an API subject (with a name to pick them by), if there is one. */
function useRecordResource(subject: string | undefined) {
  const modules = useConsoleModules();
  return modules.flatMap((module) => module.resources ?? []).find((resource) => resource.subject === subject && resource.views?.recordRepresentation !== undefined)?.name;
}

/** The action, record and field inputs of one subject. Their sources carry the subject, so a new subject starts afresh. */
function SubjectQuestion({ subject }: { subject: string }) {
  const { vocabulary, actionLabel } = usePermissionVocabulary();
  const resource = useRecordResource(subject);
  const definition = vocabulary?.subjects.find((candidate) => candidate.name === subject);
  if (!definition) return null;
  return (
    <>
      <SelectInput
        source={`action_${subject}`}
        label="resources.roles.fields.action"
        choices={definition.actions.map((action) => ({ id: action, name: actionLabel(action) }))}
        defaultValue={definition.actions.includes('read') ? 'read' : definition.actions[0]}
        translateChoice={false}
        validate={required()}
      />
      {resource && (
        <ReferenceInput source={`record_${subject}`} reference={resource} perPage={20}>
          <AutocompleteInput label="harbour.roles.explain_record" helperText="harbour.roles.explain_record_help" fullWidth />
        </ReferenceInput>
      )}
      {definition.protectedFieldLabels.length > 0 && (
        <SelectInput
          source={`field_${subject}`}
          label="harbour.roles.explain_field"
          helperText="harbour.roles.explain_field_help"
          choices={definition.protectedFieldLabels.map((field) => ({ id: field.name, name: field.label }))}
          translateChoice={false}
          emptyText="—"
        />
      )}
    </>
  );
}

/**
 * "Can this person do this?": asks `explainPermission` about a subject, or about one record picked by name, and shows
 * the answer with the role and rule that decided it — "only for their own record" when the grant is limited.
 */
export function ExplainPermissionPanel() {
  const translate = useTranslate();
  const operations = useRoleOperations();
  const { isPending, subjectChoices } = usePermissionVocabulary();
  const [answer, setAnswer] = useState<PermissionExplanation | null>(null);

  const ask = async (values: Record<string, any>) => {
    setAnswer(null);
    const subject = values.subject as string;
    try {
      setAnswer(
        await operations.explainPermission({
          personId: values.personId,
          subject,
          action: values[`action_${subject}`],
          recordId: values[`record_${subject}`] || null,
          field: values[`field_${subject}`] || null,
        }),
      );
    } catch (error) {
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors ?? { root: { serverError: (error as Error).message } };
    }
  };

  const severity = !answer ? 'info' : !answer.allowed ? 'error' : answer.conditional ? 'warning' : 'success';
  return (
    <Card sx={{ mt: 2 }} data-testid="explain-panel">
      <CardHeader
        avatar={<HelpIcon color="primary" />}
        title={translate('harbour.roles.explain_title')}
        subheader={translate('harbour.roles.explain_help')}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Form onSubmit={ask} defaultValues={{ subject: 'Person' }}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, columnGap: 2 }}>
            <PersonInput source="personId" label="harbour.roles.explain_person" validate={required()} />
            <SelectInput
              source="subject"
              label="resources.roles.fields.subject"
              choices={subjectChoices.filter((c) => c.id !== 'all')}
              isPending={isPending}
              translateChoice={false}
              validate={required()}
            />
            <FormDataConsumer>{({ formData }) => (formData.subject ? <SubjectQuestion key={formData.subject} subject={formData.subject} /> : null)}</FormDataConsumer>
          </Box>
          <SaveButton label="harbour.roles.explain_submit" icon={<HelpIcon />} alwaysEnable />
        </Form>
        {answer && (
          <Alert severity={severity} sx={{ mt: 2 }} data-testid="explain-answer">
            <AlertTitle>{answer.allowed && answer.conditional ? answer.condition : translate(answer.allowed ? 'harbour.roles.allowed' : 'harbour.roles.denied')}</AlertTitle>
            <Typography variant="body2">{answer.explanation}</Typography>
            {answer.rule && (
              <Box sx={{ mt: 1 }}>
                <Typography variant="caption" color="text.secondary">
                  {translate('harbour.roles.deciding_rule', { role: answer.roleName ?? '', number: answer.ruleNumber ?? '' })}
                </Typography>
                <JsonView value={answer.rule} />
              </Box>
            )}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
