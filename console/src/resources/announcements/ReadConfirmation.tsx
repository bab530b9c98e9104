import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Alert, Box, Button, CircularProgress } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useDates } from '../../providers/dates';
import { useAnnouncementOperations } from './dataProvider';
import { errorSentence } from '../../providers/graphqlClient';

/** For staff: "I have read this" on a published announcement (`confirmAnnouncementRead`), or when they confirmed. */
export function ReadConfirmation() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  const operations = useAnnouncementOperations();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  if (record?.status !== 'PUBLISHED') return null;
  if (record.readByMeAt) {
    return (
      <Alert severity="success" data-testid="read-confirmation">
        {translate('harbour.announcements.read_on', { time: formatDateTime(record.readByMeAt) })}
      </Alert>
    );
  }
  if (!record.viewerCan?.confirm) return null;
  const confirm = async () => {
    setBusy(true);
    try {
      await operations.confirmAnnouncementRead(record.id);
      notify('harbour.announcements.confirmed', { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorSentence(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box data-testid="read-confirmation">
      <Button variant="contained" onClick={() => void confirm()} disabled={busy} startIcon={busy ? <CircularProgress size={16} /> : <TaskAltIcon />}>
        {translate('harbour.announcements.confirm_read')}
      </Button>
    </Box>
  );
}
