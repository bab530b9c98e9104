import HelpIcon from '@mui/icons-material/HelpOutlineOutlined';
import { Alert, AlertTitle, Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { useState } from 'react';
import { Form, required, SaveButton, SelectInput, TextInput, useTranslate } from 'react-admin';
import { JsonView } from '../../components/JsonView';
import { PersonInput } from '../../components/PersonInput';
import { useRoleOperations, type PermissionExplanation } from './dataProvider';
import { usePermissionVocabulary } from './usePermissionVocabulary';

/** "Can this person do this?": asks `explainPermission` and shows the answer with the role and rule that decided it. */
export function ExplainPermissionPanel() {
  const translate = useTranslate();
  const operations = useRoleOperations();
  const { isPending, actionChoices, subjectChoices } = usePermissionVocabulary();
  const [answer, setAnswer] = useState<PermissionExplanation | null>(null);

  const ask = async (values: Record<string, any>) => {
    setAnswer(null);
    try {
      setAnswer(await operations.explainPermission({ personId: values.personId, action: values.action, subject: values.subject, recordId: values.recordId, field: values.field }));
    } catch (error) {
      return (error as { body?: { errors?: Record<string, unknown> } }).body?.errors ?? { root: { serverError: (error as Error).message } };
    }
  };

  return (
    <Card sx={{ mt: 2 }} data-testid="explain-panel">
      <CardHeader
        avatar={<HelpIcon color="primary" />}
        title={translate('harbour.roles.explain_title')}
        subheader={translate('harbour.roles.explain_help')}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        <Form onSubmit={ask} defaultValues={{ action: 'read', subject: 'Person' }}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' }, columnGap: 2 }}>
            <PersonInput source="personId" label="harbour.roles.explain_person" validate={required()} />
            <SelectInput
              source="action"
              label="resources.roles.fields.action"
              choices={actionChoices.filter((c) => c.id !== 'manage')}
              isPending={isPending}
              translateChoice={false}
              validate={required()}
            />
            <SelectInput
              source="subject"
              label="resources.roles.fields.subject"
              choices={subjectChoices.filter((c) => c.id !== 'all')}
              isPending={isPending}
              translateChoice={false}
              validate={required()}
            />
            <TextInput source="recordId" label="harbour.roles.explain_record" helperText="harbour.roles.explain_record_help" />
            <TextInput source="field" label="harbour.roles.explain_field" helperText="harbour.roles.explain_field_help" />
          </Box>
          <SaveButton label="harbour.roles.explain_submit" icon={<HelpIcon />} alwaysEnable />
        </Form>
        {answer && (
          <Alert severity={answer.allowed ? 'success' : 'error'} sx={{ mt: 2 }} data-testid="explain-answer">
            <AlertTitle>{translate(answer.allowed ? 'harbour.roles.allowed' : 'harbour.roles.denied')}</AlertTitle>
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
