import { Chip } from '@mui/material';
import { DataTable, List, SearchInput, SelectInput, useTranslate } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import type { ConversationKind } from '../../gql/graphql';
import { useDates } from '../../providers/dates';
import { KindChip, MODERATED_KINDS } from './conversations';

/** Legal hold, when the signed-in person may see holds (the API answers null otherwise). */
function HoldCell({ record }: { record: Record<string, any> }) {
  const translate = useTranslate();
  if (record.underLegalHold !== true) return null;
  return <Chip size="small" color="warning" label={translate('harbour.messaging.moderation.under_hold')} />;
}

/** The list's filters: part of the name, the kind (never direct chats), open or archived. */
function useFilters() {
  const translate = useTranslate();
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('harbour.messaging.moderation.search')} />,
    <SelectInput key="kind" source="kind" label="harbour.messaging.moderation.kind" alwaysOn choices={MODERATED_KINDS.map((id) => ({ id, name: `harbour.messaging.kinds.${id}` }))} />,
    <SelectInput
      key="state"
      source="state"
      label="harbour.messaging.moderation.state"
      alwaysOn
      choices={[
        { id: 'OPEN', name: 'harbour.messaging.moderation.open' },
        { id: 'ARCHIVED', name: 'harbour.messaging.moderation.archived' },
      ]}
    />,
  ];
}

/**
 * 對話管理: the groups, department and project groups and channels the signed-in person moderates — never direct
 * chats — latest message first, by kind, name and whether archived. Only what they are and who is in them: reading
 * what was said is a separate, audited step on a conversation's page.
 */
export function ModeratedConversationList() {
  const { formatDateTime } = useDates();
  return (
    <List filters={useFilters()} exporter={false} perPage={25} title="harbour.messaging.moderation.title">
      <DataTable rowClick="show" bulkActionButtons={false} data-testid="moderated-conversations">
        <DataTable.Col source="title" label="harbour.messaging.moderation.name" disableSort />
        <DataTable.Col source="kind" label="harbour.messaging.moderation.kind" disableSort render={(record) => <KindChip kind={record.kind as ConversationKind} />} />
        <DataTable.Col source="department" label="harbour.messaging.moderation.department" disableSort render={(record) => record.department?.name ?? <EmptyValue />} />
        <DataTable.NumberCol source="memberCount" label="harbour.messaging.moderation.members" disableSort />
        <DataTable.Col
          source="lastMessageAt"
          label="harbour.messaging.moderation.last_message"
          disableSort
          render={(record) => (record.lastMessageAt ? formatDateTime(record.lastMessageAt) : <EmptyValue />)}
        />
        <DataTable.Col source="archivedAt" label="harbour.messaging.moderation.archived_at" disableSort render={(record) => (record.archivedAt ? formatDateTime(record.archivedAt) : <EmptyValue />)} />
        <DataTable.Col source="underLegalHold" label="harbour.messaging.moderation.hold" disableSort render={(record) => <HoldCell record={record} />} />
      </DataTable>
    </List>
  );
}
