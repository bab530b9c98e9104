import ArchiveIcon from '@mui/icons-material/Archive';
import PublishIcon from '@mui/icons-material/Publish';
import ScheduleIcon from '@mui/icons-material/Schedule';
import { useState } from 'react';
import { Button, Confirm, required, TopToolbar, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { LocalDateTimeInput } from '../../components/LocalDateInput';
import { useDates } from '../../providers/dates';
import { FormDialog } from '../../components/FormDialog';
import { useAnnouncementOperations } from './dataProvider';
import { errorSentence } from '../../providers/graphqlClient';

/** Tomorrow at 09:00 in the browser's time zone: the usual moment for a notice to reach staff. */
function tomorrowMorning(): Date {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(9, 0, 0, 0);
  return date;
}

/**
 * The state changes of an announcement — publish now, schedule, archive — each shown only when the API's answer for
 * this announcement (`viewerCan`) says its state allows the verb and the signed-in person may use it.
 */
export function AnnouncementVerbs() {
  const record = useRecordContext();
  const operations = useAnnouncementOperations();
  const notify = useNotify();
  const refresh = useRefresh();
  const { formatDateTime } = useDates();
  const [open, setOpen] = useState<'publish' | 'schedule' | 'archive' | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record?.viewerCan) return null;
  const can = record.viewerCan as { publish: boolean; schedule: boolean; archive: boolean };

  const run = async (change: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await change();
      notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorSentence(error), { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(null);
    }
  };

  return (
    <TopToolbar>
      {can.publish && <Button label="harbour.announcements.publish" startIcon={<PublishIcon />} onClick={() => setOpen('publish')} />}
      {can.schedule && <Button label="harbour.announcements.schedule" startIcon={<ScheduleIcon />} onClick={() => setOpen('schedule')} />}
      {can.archive && <Button label="harbour.announcements.archive" startIcon={<ArchiveIcon />} onClick={() => setOpen('archive')} />}
      <Confirm
        isOpen={open === 'publish'}
        loading={busy}
        title="harbour.announcements.publish_title"
        titleTranslateOptions={{ title: record.title }}
        content="harbour.announcements.publish_content"
        confirm="harbour.announcements.publish"
        onConfirm={() => void run(() => operations.publishAnnouncement(record.id, record.version), 'harbour.announcements.published')}
        onClose={() => setOpen(null)}
      />
      <Confirm
        isOpen={open === 'archive'}
        loading={busy}
        title="harbour.announcements.archive_title"
        titleTranslateOptions={{ title: record.title }}
        content="harbour.announcements.archive_content"
        confirm="harbour.announcements.archive"
        onConfirm={() => void run(() => operations.archiveAnnouncement(record.id, record.version), 'harbour.announcements.archived')}
        onClose={() => setOpen(null)}
      />
      <FormDialog
        open={open === 'schedule'}
        onClose={() => setOpen(null)}
        title="harbour.announcements.schedule_title"
        titleArgs={{ title: record.title }}
        submitLabel="harbour.announcements.schedule"
        defaultValues={{ publishAt: record.publishAt ? new Date(record.publishAt) : tomorrowMorning() }}
        onSubmit={async (values) => {
          // The input holds the browser's local time; the API takes an instant.
          const publishAt = new Date(values.publishAt);
          await operations.publishAnnouncement(record.id, record.version, publishAt.toISOString());
          notify('harbour.announcements.scheduled', { type: 'success', messageArgs: { time: formatDateTime(publishAt) } });
          refresh();
        }}
      >
        <LocalDateTimeInput source="publishAt" label="resources.announcements.fields.publishAt" helperText="harbour.announcements.schedule_help" validate={[required()]} />
      </FormDialog>
    </TopToolbar>
  );
}
