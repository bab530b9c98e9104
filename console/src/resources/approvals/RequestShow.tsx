import { Box, Card, CardContent, Divider, Stack, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import type { ApprovalRequestQuery } from '../../gql/graphql';
import { useDates } from '../../providers/dates';
import { RequestVerbs } from './RequestVerbs';
import { RouteView } from './RouteView';
import { RequestStatusChip } from './StatusChips';
import { ValuesView } from './ValuesView';

type Request = ApprovalRequestQuery['approvalRequest'];

function RequestTitle() {
  const record = useRecordContext<Request>();
  return <>{record?.title ?? ''}</>;
}

/** What happened to the request, oldest first: who did what, to whom, with their comment. */
function Timeline({ request }: { request: Request }) {
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  return (
    <Stack spacing={1.5} data-testid="timeline">
      {request.timeline.map((activity) => (
        <Box key={activity.id} data-testid="timeline-entry">
          <Typography variant="body2">
            <strong>{activity.actor?.displayName ?? translate('harbour.approvals.timeline.system')}</strong> {translate(`harbour.approvals.activity.${activity.kind}`)}
            {activity.target ? ` → ${activity.target.displayName}` : ''}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {formatDateTime(activity.createdAt)}
          </Typography>
          {activity.comment && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', pl: 1, borderLeft: 2, borderColor: 'divider' }}>
              {activity.comment}
            </Typography>
          )}
        </Box>
      ))}
    </Stack>
  );
}

function RequestBody() {
  const request = useRecordContext<Request>();
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  // The list does not load values, route or timeline: the page shows them once the request itself has arrived.
  if (!request?.route) return null;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2, gridTemplateColumns: { lg: '3fr 2fr' } }}>
      <Box sx={{ display: 'grid', gap: 2, alignContent: 'start' }}>
        <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', color: 'text.secondary' }}>
          <RequestStatusChip status={request.status} />
          <Typography variant="body2">
            {translate('harbour.approvals.requests.byline', { applicant: request.applicant?.displayName ?? '', department: request.department?.name ?? '', time: formatDateTime(request.submittedAt) })}
          </Typography>
        </Stack>
        <Typography variant="h5" component="h2">
          {request.title}
        </Typography>
        <ValuesView form={request.definition.form} values={request.values} computed={request.computed} />
        <Divider />
        <Typography variant="subtitle1">{translate('harbour.approvals.requests.route')}</Typography>
        <RouteView route={request.route} />
      </Box>
      <Card variant="outlined">
        <CardContent>
          <Typography variant="subtitle1" sx={{ mb: 1 }}>
            {translate('harbour.approvals.requests.timeline')}
          </Typography>
          <Timeline request={request} />
        </CardContent>
      </Card>
    </Box>
  );
}

/** One request: its values by its form, its route with each step's state, its timeline, and the person's verbs. */
export function RequestShow() {
  return (
    <Show title={<RequestTitle />} actions={<RequestVerbs />}>
      <RequestBody />
    </Show>
  );
}
