import { Alert, Box, Card, CardActionArea, CardContent, Chip, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Loading, Title, useGetList, useGetOne, useNotify, useRedirect, useTranslate, type HttpError } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import type { ApprovalTemplateQuery } from '../../gql/graphql';
import { errorSentence, type ApiErrorBody } from '../../providers/graphqlClient';
import { useApprovalRequestOperations } from './dataProvider';
import { FormFiller, valueProblems, type FormValues } from './FormFiller';

/** The published form of one template, filled in and submitted (`submitApprovalRequest`). */
function SubmitForm({ templateId }: { templateId: string }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const operations = useApprovalRequestOperations();
  const { data: template, isPending } = useGetOne<ApprovalTemplateQuery['approvalTemplate']>('approvalTemplates', { id: templateId });
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (isPending) return <Loading />;
  if (!template?.published || !template.viewerCan.submit) return <Alert severity="warning">{translate('harbour.approvals.submit.unavailable')}</Alert>;
  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const request = await operations.submitApprovalRequest({ templateId, values });
      notify('harbour.approvals.submit.submitted', { type: 'success' });
      redirect('show', 'approvalRequests', request.id);
    } catch (error) {
      setErrors(valueProblems(((error as HttpError).body as Partial<ApiErrorBody> | undefined)?.fields ?? []));
      setFailure(errorSentence(error, (field) => /^(input\.)?values\./.test(field)) || null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card sx={{ maxWidth: 840 }}>
      <Title title={template.name} />
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Typography variant="h6">{template.name}</Typography>
        {failure && <Alert severity="error">{translate(failure, { _: failure })}</Alert>}
        <FormFiller form={template.published.form} values={values} onChange={setValues} errors={errors} />
        <Box>
          <Button label="harbour.approvals.submit.submit" variant="contained" disabled={busy} onClick={() => void submit()} />
        </Box>
      </CardContent>
    </Card>
  );
}

/** 發起申請: the templates the person may use, by category; choosing one opens its form. */
export function SubmitPage() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const { templateId } = useParams<{ templateId?: string }>();
  const { data = [], isPending } = useGetList('approvalTemplates', { filter: { status: 'ACTIVE' }, pagination: { page: 1, perPage: 100 } });
  if (templateId)
    return (
      <Box sx={{ mt: 2 }}>
        <SubmitForm key={templateId} templateId={templateId} />
      </Box>
    );
  if (isPending) return <Loading />;
  const usable = data.filter((template) => template.viewerCan?.submit);
  return (
    <Box sx={{ mt: 2, display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))' }}>
      <Title title={translate('harbour.approvals.menu.submit')} />
      {usable.length === 0 && <Alert severity="info">{translate('harbour.approvals.submit.none')}</Alert>}
      {usable.map((template) => (
        <Card key={template.id} variant="outlined">
          <CardActionArea onClick={() => void navigate(`/approvals/submit/${template.id}`)} data-testid="submit-template">
            <CardContent>
              <Typography variant="subtitle1">{template.name}</Typography>
              {template.category && <Chip size="small" label={template.category} sx={{ mt: 1 }} />}
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
    </Box>
  );
}
