import { Chip, Stack } from '@mui/material';
import { BooleanInput, DataTable, List, useTranslate } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { LocalDateInput } from '../../components/LocalDateInput';
import { PersonInput } from '../../components/PersonInput';
import type { PunchFlag } from '../../gql/graphql';
import { useDates } from '../../providers/dates';

/** The person filter, always shown. */
const PersonFilter = ({ source }: { source: string; alwaysOn?: boolean }) => <PersonInput source={source} label="resources.attendancePunches.fields.personId" />;

const filters = [
  <PersonFilter key="personId" source="personId" alwaysOn />,
  <LocalDateInput key="from" source="from" alwaysOn />,
  <LocalDateInput key="to" source="to" alwaysOn />,
  <BooleanInput key="flagged" source="flagged" alwaysOn />,
];

/** A punch's doubts, each a chip (off-site in the warning colour, the rest as outlines). */
function FlagChips({ flags }: { flags: PunchFlag[] }) {
  const translate = useTranslate();
  if (flags.length === 0) return <EmptyValue />;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {flags.map((flag) => (
        <Chip
          key={flag}
          size="small"
          color={flag === 'OFFSITE' ? 'warning' : flag === 'MOCK_LOCATION' ? 'error' : 'default'}
          variant={flag === 'OFFSITE' ? 'filled' : 'outlined'}
          label={translate(`harbour.attendance.punches.flags.${flag}`)}
        />
      ))}
    </Stack>
  );
}

/**
 * Punches the signed-in person may read (their own; their departments' as a manager; all as HR), newest first, filtered
 * by person, work days and flags. Read-only: a punch is never changed once made.
 */
export function PunchList() {
  const translate = useTranslate();
  const { formatDate, formatDateTime } = useDates();
  return (
    <List filters={filters} exporter={false} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="person" disableSort render={(record) => record.person?.displayName ?? translate('harbour.attendance.punches.hidden_person')} />
        <DataTable.Col source="workDate" disableSort render={(record) => formatDate(record.workDate)} />
        <DataTable.Col source="punchedAt" disableSort render={(record) => formatDateTime(record.punchedAt)} />
        <DataTable.Col source="method" disableSort render={(record) => translate(`harbour.attendance.punches.methods.${record.method}`)} />
        <DataTable.Col source="place" disableSort render={(record) => record.place?.name ?? <EmptyValue />} />
        <DataTable.Col
          source="distanceMeters"
          disableSort
          render={(record) => (record.distanceMeters != null ? translate('harbour.attendance.metres', { metres: record.distanceMeters }) : <EmptyValue />)}
        />
        <DataTable.Col source="flags" disableSort render={(record) => <FlagChips flags={record.flags as PunchFlag[]} />} />
        <DataTable.Col source="remark" disableSort render={(record) => record.remark || <EmptyValue />} />
      </DataTable>
    </List>
  );
}
