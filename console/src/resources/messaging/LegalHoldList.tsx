import AddIcon from '@mui/icons-material/Add';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  Confirm,
  DataTable,
  FormDataConsumer,
  List,
  Pagination,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { FormDialog } from '../../components/FormDialog';
import { PersonInput } from '../../components/PersonInput';
import type { ConversationKind } from '../../gql/graphql';
import { useDates } from '../../providers/dates';
import { errorSentence } from '../../providers/graphqlClient';
import { KindChip, conversationName } from './conversations';
import { HOLDS_PAGE, useLegalHoldOperations } from './dataProvider';
import { ExportButtons } from './ExportButtons';

/** Places a hold on a custodian (every conversation they are or were in, direct chats included) or on one conversation. */
function PlaceHoldButton() {
  const translate = useTranslate();
  const operations = useLegalHoldOperations();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label="harbour.messaging.holds.place" startIcon={<AddIcon />} onClick={() => setOpen(true)} />
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="harbour.messaging.holds.place_title"
        submitLabel="harbour.messaging.holds.place"
        defaultValues={{ on: 'CUSTODIAN', custodianId: null, conversationId: null, reason: '' }}
        onSubmit={async (values) => {
          const input = values.on === 'CUSTODIAN' ? { custodianId: values.custodianId, reason: values.reason } : { conversationId: values.conversationId, reason: values.reason };
          await operations.placeLegalHold(input);
          notify('harbour.messaging.holds.placed', { type: 'success' });
          refresh();
        }}
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('harbour.messaging.holds.place_help')}
        </Typography>
        <RadioButtonGroupInput
          source="on"
          label="harbour.messaging.holds.on"
          choices={[
            { id: 'CUSTODIAN', name: 'harbour.messaging.holds.on_custodian' },
            { id: 'CONVERSATION', name: 'harbour.messaging.holds.on_conversation' },
          ]}
        />
        <FormDataConsumer>
          {({ formData }) =>
            formData.on === 'CUSTODIAN' ? (
              <PersonInput source="custodianId" label="harbour.messaging.holds.custodian" helperText="harbour.messaging.holds.custodian_help" validate={required()} />
            ) : (
              // Groups and channels are picked from the moderation view; a direct chat is held through a custodian.
              <ReferenceInput source="conversationId" reference="moderatedConversations" perPage={20}>
                <AutocompleteInput
                  label="harbour.messaging.holds.conversation"
                  helperText="harbour.messaging.holds.conversation_help"
                  optionText="title"
                  filterToQuery={(q: string) => ({ q })}
                  validate={required()}
                  fullWidth
                />
              </ReferenceInput>
            )
          }
        </FormDataConsumer>
        <TextInput source="reason" label="harbour.messaging.holds.reason" helperText="harbour.messaging.holds.reason_help" validate={required()} multiline fullWidth />
      </FormDialog>
    </>
  );
}

function ListActions() {
  return (
    <TopToolbar>
      <PlaceHoldButton />
    </TopToolbar>
  );
}

/** "Release" for a hold in force, after a confirmation. */
function ReleaseButton({ hold }: { hold: Record<string, any> }) {
  const operations = useLegalHoldOperations();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (hold.releasedAt) return null;
  const release = async () => {
    setBusy(true);
    try {
      await operations.releaseLegalHold(hold.id);
      notify('harbour.messaging.holds.released', { type: 'success' });
      refresh();
    } catch (error) {
      notify(errorSentence(error), { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return (
    <>
      <Button
        label="harbour.messaging.holds.release"
        startIcon={<LockOpenIcon />}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(true);
        }}
      />
      <Confirm
        isOpen={open}
        loading={busy}
        title="harbour.messaging.holds.release_title"
        content="harbour.messaging.holds.release_content"
        confirm="harbour.messaging.holds.release"
        onConfirm={() => void release()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

/** What a hold is on: its custodian, or its one conversation. */
function HeldTarget({ hold }: { hold: Record<string, any> }) {
  const translate = useTranslate();
  if (hold.conversation) return <>{translate('harbour.messaging.holds.target_conversation', { name: conversationName(translate, hold.conversation) })}</>;
  return <>{translate('harbour.messaging.holds.target_custodian', { name: hold.custodian?.displayName ?? translate('harbour.messaging.hidden_person') })}</>;
}

/** The conversations a hold covers (what they are, not what was said), each exportable on the holder's footing. */
function CoveredConversations() {
  const hold = useRecordContext();
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  const operations = useLegalHoldOperations();
  if (!hold) return null;
  const { items, totalCount } = hold.conversations as { items: Record<string, any>[]; totalCount: number };
  return (
    <Box sx={{ py: 1 }} data-testid="held-conversations">
      <Typography variant="subtitle2">{translate('harbour.messaging.holds.covered', { smart_count: totalCount })}</Typography>
      {totalCount > items.length && (
        <Typography variant="body2" color="text.secondary">
          {translate('harbour.messaging.holds.covered_first', { shown: items.length, smart_count: totalCount })}
        </Typography>
      )}
      {items.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('harbour.messaging.moderation.name')}</TableCell>
              <TableCell>{translate('harbour.messaging.moderation.kind')}</TableCell>
              <TableCell>{translate('harbour.messaging.moderation.members')}</TableCell>
              <TableCell>{translate('harbour.messaging.moderation.last_message')}</TableCell>
              <TableCell>{translate('harbour.messaging.holds.export')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((conversation) => (
              <TableRow key={conversation.id} data-testid="held-conversation">
                <TableCell>{conversationName(translate, conversation)}</TableCell>
                <TableCell>
                  <KindChip kind={conversation.kind as ConversationKind} />
                </TableCell>
                <TableCell>{conversation.memberCount}</TableCell>
                <TableCell>{conversation.lastMessageAt ? formatDateTime(conversation.lastMessageAt) : <EmptyValue />}</TableCell>
                <TableCell>
                  <ExportButtons conversationId={conversation.id} exportConversation={operations.exportConversation} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}

const stateFilter = [
  <SelectInput
    key="state"
    source="state"
    label="harbour.messaging.holds.state"
    alwaysOn
    choices={[
      { id: 'ACTIVE', name: 'harbour.messaging.holds.active' },
      { id: 'RELEASED', name: 'harbour.messaging.holds.released_state' },
    ]}
  />,
];

/**
 * 法律保留: the organisation's legal holds, newest first — on a custodian (every conversation they are or were in) or
 * on one conversation — placed and released here; a hold's row opens on the conversations it covers, each exportable.
 * While a hold is in force retention deletes nothing it covers, and edits, recalls and removals keep what they replace.
 */
export function LegalHoldList() {
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  return (
    <List
      filters={stateFilter}
      filterDefaultValues={{ state: 'ACTIVE' }}
      actions={<ListActions />}
      exporter={false}
      perPage={HOLDS_PAGE}
      pagination={<Pagination rowsPerPageOptions={[HOLDS_PAGE]} />}
      title="harbour.messaging.holds.title"
    >
      <DataTable bulkActionButtons={false} rowClick="expand" expand={<CoveredConversations />} data-testid="legal-holds">
        <DataTable.Col source="custodian" label="harbour.messaging.holds.target" disableSort render={(hold) => <HeldTarget hold={hold} />} />
        <DataTable.Col source="reason" label="harbour.messaging.holds.reason" disableSort />
        <DataTable.Col source="placedBy" label="harbour.messaging.holds.placed_by" disableSort render={(hold) => hold.placedBy?.displayName ?? <EmptyValue />} />
        <DataTable.Col source="createdAt" label="harbour.messaging.holds.placed_at" disableSort render={(hold) => formatDateTime(hold.createdAt)} />
        <DataTable.Col
          source="releasedAt"
          label="harbour.messaging.holds.state"
          disableSort
          render={(hold) =>
            hold.releasedAt ? (
              <Chip size="small" label={translate('harbour.messaging.holds.released_on', { time: formatDateTime(hold.releasedAt), name: hold.releasedBy?.displayName ?? '—' })} />
            ) : (
              <Chip size="small" color="warning" label={translate('harbour.messaging.holds.active')} />
            )
          }
        />
        <DataTable.Col label="" disableSort render={(hold) => <ReleaseButton hold={hold} />} />
      </DataTable>
    </List>
  );
}
