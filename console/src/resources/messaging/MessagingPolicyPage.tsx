import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AccessDenied,
  Authenticated,
  BooleanInput,
  Form,
  FormDataConsumer,
  Loading,
  NumberInput,
  SaveButton,
  Title,
  required,
  useCanAccess,
  useNotify,
  useTranslate,
  type HttpError,
} from 'react-admin';
import { FormSection } from '../../components/FormSection';
import { useApiQuery } from '../../hooks/useApiQuery';
import { errorSentence, type ApiErrorBody } from '../../providers/graphqlClient';
import { useMessagingPolicyOperations } from './dataProvider';
import { policyChange, wholeNumber, type MessagingPolicy, type PolicyFormValues } from './policy';

/** The policy as a form; without `canChange` every input is disabled and there is no Save button. */
function PolicyForm({ policy, canChange, onSaved }: { policy: MessagingPolicy; canChange: boolean; onSaved: (policy: MessagingPolicy) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const operations = useMessagingPolicyOperations();
  const [failure, setFailure] = useState<string | null>(null);
  const disabled = !canChange;

  const save = async (values: PolicyFormValues) => {
    setFailure(null);
    const change = policyChange(values, policy);
    if (Object.keys(change).length === 0) {
      notify('harbour.messaging.policy.unchanged', { type: 'info' });
      return;
    }
    try {
      onSaved(await operations.changeMessagingPolicy(change));
      notify('harbour.messaging.policy.saved', { type: 'success' });
    } catch (error) {
      // A problem with one of the inputs is shown beside it; anything else (a refusal, a lost connection) above the form.
      const body = (error as HttpError).body as Partial<ApiErrorBody> | undefined;
      const inForm = (field: string) => field.replace(/^input\./, '') in values;
      setFailure(errorSentence(error, inForm) || null);
      const { root: _root, ...fieldErrors } = body?.errors ?? {};
      return Object.fromEntries(Object.entries(fieldErrors).filter(([field]) => field in values));
    }
  };

  return (
    <Form record={{ ...policy }} onSubmit={save}>
      {failure && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {translate(failure, { _: failure })}
        </Alert>
      )}
      <FormSection title="harbour.messaging.policy.receipts_section">
        <BooleanInput source="readReceipts" label="harbour.messaging.policy.read_receipts" helperText="harbour.messaging.policy.read_receipts_help" disabled={disabled} />
      </FormSection>
      <FormSection title="harbour.messaging.policy.windows_section" help="harbour.messaging.policy.windows_help">
        <NumberInput
          source="editWindowMinutes"
          label="harbour.messaging.policy.edit_window"
          helperText="harbour.messaging.policy.edit_window_help"
          validate={[required(), wholeNumber]}
          min={0}
          step={1}
          disabled={disabled}
        />
        <NumberInput
          source="recallWindowMinutes"
          label="harbour.messaging.policy.recall_window"
          helperText="harbour.messaging.policy.recall_window_help"
          validate={[required(), wholeNumber]}
          min={0}
          step={1}
          disabled={disabled}
        />
      </FormSection>
      <FormSection title="harbour.messaging.policy.groups_section">
        <BooleanInput source="departmentGroups" label="harbour.messaging.policy.department_groups" helperText="harbour.messaging.policy.department_groups_help" disabled={disabled} />
        {/* Sub-departments matter only while there are department groups at all. */}
        <FormDataConsumer<PolicyFormValues>>
          {({ formData }) => (
            <BooleanInput
              source="departmentGroupsIncludeSubdepartments"
              label="harbour.messaging.policy.subdepartments"
              helperText="harbour.messaging.policy.subdepartments_help"
              disabled={disabled || !formData.departmentGroups}
            />
          )}
        </FormDataConsumer>
      </FormSection>
      <FormSection title="harbour.messaging.policy.ding_section">
        <NumberInput
          source="dingSmsAfterMinutes"
          label="harbour.messaging.policy.ding_sms_after"
          helperText="harbour.messaging.policy.ding_sms_after_help"
          validate={[required(), wholeNumber]}
          min={1}
          max={1440}
          step={1}
          disabled={disabled}
        />
      </FormSection>
      <FormSection title="harbour.messaging.policy.retention_section">
        <NumberInput
          source="retentionDays"
          label="harbour.messaging.policy.retention"
          helperText="harbour.messaging.policy.retention_help"
          placeholder={translate('harbour.messaging.policy.forever')}
          validate={wholeNumber}
          min={0}
          step={1}
          disabled={disabled}
        />
      </FormSection>
      {canChange ? (
        <SaveButton />
      ) : (
        <Alert severity="info" data-testid="policy-read-only">
          {translate('harbour.messaging.policy.read_only')}
        </Alert>
      )}
    </Form>
  );
}

function MessagingPolicyScreen() {
  const translate = useTranslate();
  const operations = useMessagingPolicyOperations();
  const canChange = useCanAccess({ resource: 'messagingPolicy', action: 'edit' }).canAccess ?? false;
  const { data: loaded, error } = useApiQuery(() => operations.messagingPolicy());
  const [saved, setSaved] = useState<MessagingPolicy | null>(null);
  const policy = saved ?? loaded;
  if (error && !policy) return <Alert severity="error">{translate(error.message, { _: error.message })}</Alert>;
  if (!policy) return <Loading />;
  return (
    <Card sx={{ maxWidth: 900, mt: 2 }} data-testid="messaging-policy">
      <Title title={translate('harbour.messaging.policy.title')} />
      <CardContent>
        <Typography variant="body1" sx={{ mb: 2 }}>
          {translate('harbour.messaging.policy.intro')}
        </Typography>
        {/* Saved: the form starts again from what the API kept. */}
        <PolicyForm key={JSON.stringify(policy)} policy={policy} canChange={canChange} onSaved={setSaved} />
      </CardContent>
    </Card>
  );
}

function PermittedPolicy() {
  const { canAccess, isPending } = useCanAccess({ resource: 'messagingPolicy', action: 'show' });
  if (isPending) return <Loading />;
  return canAccess ? <MessagingPolicyScreen /> : <AccessDenied />;
}

/**
 * 通訊政策: read receipts, how long senders may edit and recall messages, department groups (and whether they take in
 * sub-departments) and how long messages are kept, saved with `changeMessagingPolicy`. Those who may only read the
 * policy see it with every input disabled.
 */
export function MessagingPolicyPage() {
  return (
    <Authenticated>
      <PermittedPolicy />
    </Authenticated>
  );
}
