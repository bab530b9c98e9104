import { Alert, Box, Button, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { PreviewApprovalRouteQuery } from '../../gql/graphql';
import { errorSentence, type ApiErrorBody } from '../../providers/graphqlClient';
import { useApprovalTemplateOperations } from './dataProvider';
import type { FormField } from './definition';
import { FormFiller, valueProblems, type FormValues } from './FormFiller';
import { RouteView } from './RouteView';

/**
 * Tries the published flow: the signed-in person fills in the published form and sees the route their request would
 * take (steps, approvers, branches). The API previews for the caller only, so the applicant is always the signed-in person.
 */
export function SimulatePanel({ templateId, form }: { templateId: string; form: FormField[] | null }) {
  const translate = useTranslate();
  const operations = useApprovalTemplateOperations();
  const [values, setValues] = useState<FormValues>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [route, setRoute] = useState<PreviewApprovalRouteQuery['previewApprovalRoute'] | null>(null);
  if (!form) return <Alert severity="info">{translate('harbour.approvals.simulate.unpublished')}</Alert>;
  const simulate = async () => {
    setFailure(null);
    setErrors({});
    try {
      setRoute(await operations.previewApprovalRoute({ templateId, values }));
    } catch (error) {
      const fields = (error as { body?: Partial<ApiErrorBody> }).body?.fields ?? [];
      const byPath = valueProblems(fields);
      setErrors(byPath);
      setRoute(null);
      setFailure(errorSentence(error, (field) => /^(input\.)?values\./.test(field)) || null);
    }
  };
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { md: '1fr 1fr' }, gap: 3 }} data-testid="simulate">
      <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('harbour.approvals.simulate.help')}
        </Typography>
        <FormFiller form={form} values={values} onChange={setValues} errors={errors} />
        <Button variant="contained" sx={{ justifySelf: 'start' }} onClick={() => void simulate()}>
          {translate('harbour.approvals.simulate.run')}
        </Button>
      </Box>
      <Box>
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {translate(failure, { _: failure })}
          </Alert>
        )}
        {route && <RouteView route={route} />}
      </Box>
    </Box>
  );
}
