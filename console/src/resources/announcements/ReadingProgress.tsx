import { Alert, Box, Link as MuiLink, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { DataTable, Pagination, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { useDates } from '../../providers/dates';
import { Link } from 'react-router-dom';
import { EmptyValue } from '../../components/EmptyValue';
import { usePersonPath } from '../../hooks/usePersonPath';

function PersonName({ person }: { person: Record<string, any> | null | undefined }) {
  const translate = useTranslate();
  const personPath = usePersonPath();
  if (!person)
    return (
      <Typography variant="body2" component="span" color="text.secondary">
        {translate('harbour.announcements.hidden_person')}
      </Typography>
    );
  return (
    <MuiLink component={Link} to={personPath(person.id)}>
      {person.displayName}
    </MuiLink>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <Box sx={{ flex: 1, minWidth: 320 }} data-testid={testId}>
      <Typography variant="h6" component="h2" gutterBottom>
        {title}
      </Typography>
      {children}
    </Box>
  );
}

const pagination = <Pagination rowsPerPageOptions={[]} />;

/**
 * Who has confirmed reading a published (or since archived) announcement and who has not yet — only when the API gave
 * the counts, i.e. the signed-in person may track this announcement (`readers`/`notYetRead` are null otherwise).
 */
export function ReadingProgress() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  if (!record?.readers || !record.notYetRead || !['PUBLISHED', 'ARCHIVED'].includes(record.status)) return null;
  const time = (value: string) => formatDateTime(value);
  return (
    <Box sx={{ p: 2, borderTop: 1, borderColor: 'divider' }}>
      {record.fullyReadAt && (
        <Alert severity="success" sx={{ mb: 2 }}>
          {translate('harbour.announcements.fully_read_on', { time: time(record.fullyReadAt) })}
        </Alert>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3 }}>
        <Section title={translate('harbour.announcements.readers_title', { count: record.readers.totalCount })} testId="announcement-readers">
          <ReferenceManyField reference="announcementReaders" target="announcementId" perPage={20} pagination={pagination} empty="harbour.announcements.no_readers">
            <DataTable bulkActionButtons={false} rowClick={false}>
              <DataTable.Col source="person" disableSort render={(read) => <PersonName person={read.person} />} />
              <DataTable.Col source="jobTitle" disableSort render={(read) => read.person?.jobTitle ?? <EmptyValue />} />
              <DataTable.Col source="confirmedAt" disableSort render={(read) => time(read.confirmedAt)} />
            </DataTable>
          </ReferenceManyField>
        </Section>
        <Section title={translate('harbour.announcements.non_readers_title', { count: record.notYetRead.totalCount })} testId="announcement-non-readers">
          <ReferenceManyField reference="announcementNonReaders" target="announcementId" perPage={20} pagination={pagination} empty="harbour.announcements.everyone_read">
            <DataTable bulkActionButtons={false} rowClick={false}>
              <DataTable.Col source="displayName" disableSort render={(person) => <PersonName person={person} />} />
              <DataTable.Col source="jobTitle" disableSort render={(person) => person.jobTitle ?? <EmptyValue />} />
            </DataTable>
          </ReferenceManyField>
        </Section>
      </Box>
    </Box>
  );
}
