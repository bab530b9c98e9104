import { Alert, Box, Typography } from '@mui/material';
import { Show, useRecordContext, useTranslate } from 'react-admin';
import { useDates } from '../../providers/dates';
import type { AnnouncementStatus } from '../../gql/graphql';
import { AnnouncementStatusChip } from './AnnouncementStatusChip';
import { AnnouncementVerbs } from './AnnouncementVerbs';
import { ReadConfirmation } from './ReadConfirmation';
import { ReadingProgress } from './ReadingProgress';

function AnnouncementTitle() {
  const record = useRecordContext();
  return <>{record?.title ?? ''}</>;
}

/** Status, author and the moment that matters for the current state (published, scheduled or archived). */
function Byline() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  if (!record) return null;
  const time = (value: string) => formatDateTime(value);
  const moment =
    record.status === 'SCHEDULED' && record.publishAt
      ? translate('harbour.announcements.scheduled_for', { time: time(record.publishAt) })
      : record.status === 'ARCHIVED' && record.archivedAt
        ? translate('harbour.announcements.archived_on', { time: time(record.archivedAt) })
        : record.publishedAt
          ? translate('harbour.announcements.published_on', { time: time(record.publishedAt) })
          : null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1.5, color: 'text.secondary' }}>
      <AnnouncementStatusChip status={record.status as AnnouncementStatus} />
      {record.author && <Typography variant="body2">{translate('harbour.announcements.written_by', { name: record.author.displayName })}</Typography>}
      {moment && <Typography variant="body2">{moment}</Typography>}
    </Box>
  );
}

function Notice() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ p: 2, display: 'grid', gap: 2, maxWidth: 840 }}>
      <Byline />
      <Typography variant="h5" component="h2" data-testid="announcement-title">
        {record.title}
      </Typography>
      {record.status === 'DRAFT' && <Alert severity="info">{translate('harbour.announcements.draft_hint')}</Alert>}
      {/* The list does not load the text: the page shows it once the announcement itself has arrived. */}
      <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="announcement-body">
        {record.body ?? ''}
      </Typography>
      <ReadConfirmation />
    </Box>
  );
}

/** One announcement: its text, the verbs the person may use on it, "I have read this", and who has read it. */
export function AnnouncementShow() {
  return (
    <Show title={<AnnouncementTitle />} actions={<AnnouncementVerbs />}>
      <Notice />
      <ReadingProgress />
    </Show>
  );
}
