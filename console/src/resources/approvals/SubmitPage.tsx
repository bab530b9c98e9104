import { Alert, Box, Card, CardActionArea, CardContent, Chip, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Loading, Title, useGetList, useNotify, useRedirect, useTranslate, type HttpError } from 'react-admin';
import { useNavigate, useParams } from 'react-router-dom';
import type { ApprovalTemplateToSubmitQuery } from '../../gql/graphql';
import { useApiQuery } from '../../hooks/useApiQuery';
import { errorSentence, type ApiErrorBody } from '../../providers/graphqlClient';
import { useApprovalRequestOperations, useApprovalTemplateOperations } from './dataProvider';
import { allNodes, useLocalized, type FlowNode } from './definition';
import { FormFiller, valueProblems, type FormValues } from './FormFiller';
import { SearchPicker } from './Pickers';

type Published = NonNullable<ApprovalTemplateToSubmitQuery['approvalTemplate']['published']>;

/** The steps (top level and inside branches, at every depth read) whose approvers the applicant picks when submitting. */
function choosingSteps(flow: Published['flow']): FlowNode[] {
  // The query's nodes have the designer's shape (fewer fields): walk them as the designer does.
  const nodes = [...allNodes(flow as FlowNode[])].map(({ node }) => node);
  return nodes.filter((node) => node.approvers?.some((rule) => rule.kind === 'APPLICANT_CHOOSES'));
}

/** The published form of one template, filled in (with the approvers the applicant picks) and submitted. */
function SubmitForm({ templateId }: { templateId: string }) {
  const translate = useTranslate();
  const text = useLocalized();
  const notify = useNotify();
  const redirect = useRedirect();
  const operations = useApprovalRequestOperations();
  const templates = useApprovalTemplateOperations();
  const { data: template, error, isPending } = useApiQuery(() => templates.approvalTemplateToSubmit(templateId), templateId);
  const [values, setValues] = useState<FormValues>({});
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (isPending) return <Loading />;
  if (error || !template?.published || !template.viewerCan.submit || template.status !== 'ACTIVE') return <Alert severity="warning">{translate('harbour.approvals.submit.unavailable')}</Alert>;
  const steps = choosingSteps(template.published.flow);
  const submit = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const chosenApprovers = Object.entries(chosen)
        .filter(([, personIds]) => personIds.length > 0)
        .map(([nodeId, personIds]) => ({ nodeId, personIds }));
      const request = await operations.submitApprovalRequest({ templateId, values, chosenApprovers });
      notify('harbour.approvals.submit.submitted', { type: 'success' });
      redirect('show', 'approvalRequests', request.id);
    } catch (problem) {
      setErrors(valueProblems(((problem as HttpError).body as Partial<ApiErrorBody> | undefined)?.fields ?? []));
      setFailure(errorSentence(problem, (field) => /^(input\.)?values\./.test(field)) || null);
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
        {steps.map((step) => (
          <SearchPicker
            key={step.id}
            resource="people"
            multiple
            label={translate('harbour.approvals.submit.choose_approvers', { step: text(step.name) || translate('harbour.approvals.node_type.APPROVAL') })}
            value={chosen[step.id] ?? []}
            onChange={(ids) => setChosen({ ...chosen, [step.id]: ids })}
          />
        ))}
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
