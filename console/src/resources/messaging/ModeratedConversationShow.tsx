import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import VisibilityIcon from '@mui/icons-material/Visibility';
import { Alert, Box, Chip, Divider, List as MuiList, ListItem, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, DataTable, Labeled, Pagination, ReferenceManyField, SelectInput, Show, TextInput, TopToolbar, required, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { FormDialog } from '../../components/FormDialog';
import { PersonInput } from '../../components/PersonInput';
import type { ConversationKind, ConversationRole, ModeratedMessagesMutation } from '../../gql/graphql';
import { useDates } from '../../providers/dates';
import { errorSentence } from '../../providers/graphqlClient';
import { KindChip, ROLES } from './conversations';
import { useModerationOperations } from './dataProvider';
import { ExportButtons } from './ExportButtons';

type ModeratedMessage = ModeratedMessagesMutation['moderatedMessages']['items'][number];

const roleChoices = ROLES.map((id) => ({ id, name: `harbour.messaging.roles.${id}` }));

function ConversationTitle() {
  const record = useRecordContext();
  return <>{record?.title ?? ''}</>;
}

function Actions() {
  const record = useRecordContext();
  const operations = useModerationOperations();
  if (!record) return null;
  return (
    <TopToolbar>
      <ExportButtons conversationId={record.id} exportConversation={operations.exportConversation} />
    </TopToolbar>
  );
}

/** What the conversation is: kind, department, size, when it was started and last used, archived, on hold. */
function Overview() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  if (!record) return null;
  const when = (value: string | null | undefined) => (value ? formatDateTime(value) : <EmptyValue />);
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, p: 2 }}>
      <Labeled label="harbour.messaging.moderation.kind">
        <KindChip kind={record.kind as ConversationKind} />
      </Labeled>
      {record.department && (
        <Labeled label="harbour.messaging.moderation.department">
          <Typography variant="body2">{record.department.name}</Typography>
        </Labeled>
      )}
      <Labeled label="harbour.messaging.moderation.members">
        <Typography variant="body2" data-testid="member-count">
          {record.memberCount}
        </Typography>
      </Labeled>
      <Labeled label="harbour.messaging.moderation.created_at">
        <Typography variant="body2">{when(record.createdAt)}</Typography>
      </Labeled>
      <Labeled label="harbour.messaging.moderation.last_message">
        <Typography variant="body2">{when(record.lastMessageAt)}</Typography>
      </Labeled>
      {record.archivedAt && (
        <Labeled label="harbour.messaging.moderation.archived_at">
          <Typography variant="body2">{when(record.archivedAt)}</Typography>
        </Labeled>
      )}
      {record.underLegalHold === true && <Chip color="warning" label={translate('harbour.messaging.moderation.under_hold')} />}
    </Box>
  );
}

/**
 * Names someone owner, admin or member (`setConversationRoleAsModerator`), adding them if they are not in it; for a
 * member already listed the person is given, otherwise picked.
 */
function RoleDialog({ open, onClose, person }: { open: boolean; onClose: () => void; person?: { id: string; displayName: string; role: ConversationRole } }) {
  const record = useRecordContext();
  const operations = useModerationOperations();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record) return null;
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={person ? 'harbour.messaging.moderation.change_role_title' : 'harbour.messaging.moderation.name_role_title'}
      titleArgs={{ name: person?.displayName, title: record.title }}
      submitLabel="harbour.messaging.moderation.set_role"
      defaultValues={{ personId: person?.id ?? null, role: person?.role ?? 'ADMIN' }}
      onSubmit={async (values) => {
        await operations.setConversationRoleAsModerator(record.id, values.personId, values.role);
        notify('harbour.messaging.moderation.role_set', { type: 'success' });
        refresh();
      }}
    >
      {!person && <PersonInput source="personId" label="harbour.messaging.moderation.person" validate={required()} />}
      <SelectInput source="role" label="harbour.messaging.moderation.role" choices={roleChoices} validate={required()} helperText="harbour.messaging.moderation.role_help" fullWidth />
    </FormDialog>
  );
}

/** The member's "Change role" button (none for a person the moderator may not see). */
function ChangeRoleButton({ member }: { member: Record<string, any> }) {
  const [open, setOpen] = useState(false);
  if (!member.person) return null;
  return (
    <>
      <Button label="harbour.messaging.moderation.change_role" startIcon={<ManageAccountsIcon />} onClick={() => setOpen(true)} />
      <RoleDialog open={open} onClose={() => setOpen(false)} person={{ id: member.person.id, displayName: member.person.displayName, role: member.role }} />
    </>
  );
}

/** Who is in the conversation and in which role (owners, then admins, then members); a moderator may change who runs it. */
function Members() {
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  const [naming, setNaming] = useState(false);
  return (
    <Box sx={{ p: 2 }} data-testid="conversation-members">
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
        <Typography variant="h6" component="h2">
          {translate('harbour.messaging.moderation.members_heading')}
        </Typography>
        <Button label="harbour.messaging.moderation.name_role" startIcon={<ManageAccountsIcon />} onClick={() => setNaming(true)} />
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('harbour.messaging.moderation.members_help')}
      </Typography>
      <RoleDialog open={naming} onClose={() => setNaming(false)} />
      <ReferenceManyField reference="moderatedConversationMembers" target="conversationId" perPage={25} pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}>
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="person" label="harbour.messaging.moderation.person" disableSort render={(member) => member.person?.displayName ?? translate('harbour.messaging.hidden_person')} />
          <DataTable.Col source="role" label="harbour.messaging.moderation.role" disableSort render={(member) => translate(`harbour.messaging.roles.${member.role}`)} />
          <DataTable.Col source="joinedAt" label="harbour.messaging.moderation.joined_at" disableSort render={(member) => formatDateTime(member.joinedAt)} />
          <DataTable.Col label="" disableSort render={(member) => <ChangeRoleButton member={member} />} />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
}

/** One message as a moderator reads it, with "Remove" while it has not been recalled or removed. */
function MessageItem({ message, onRemove }: { message: ModeratedMessage; onRemove: (message: ModeratedMessage) => void }) {
  const translate = useTranslate();
  const { formatDateTime } = useDates();
  const text = message.kind === 'LOCATION' ? translate('harbour.messaging.moderation.location', { address: message.location?.address ?? '—' }) : message.body;
  return (
    <ListItem divider data-testid="moderated-message" sx={{ display: 'block' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', color: 'text.secondary' }}>
        <Typography variant="body2" sx={{ fontWeight: 600, color: 'text.primary' }}>
          {message.sender?.displayName ?? translate('harbour.messaging.hidden_person')}
        </Typography>
        <Typography variant="caption">#{message.seq}</Typography>
        <Typography variant="caption">{formatDateTime(message.createdAt)}</Typography>
        {message.editedAt && <Typography variant="caption">{translate('harbour.messaging.moderation.edited')}</Typography>}
        <Box sx={{ flexGrow: 1 }} />
        {message.recalledAt ? (
          <Chip size="small" label={translate('harbour.messaging.moderation.recalled', { time: formatDateTime(message.recalledAt) })} />
        ) : (
          <Button label="harbour.messaging.moderation.remove" startIcon={<DeleteSweepIcon />} color="error" onClick={() => onRemove(message)} />
        )}
      </Stack>
      {!message.recalledAt && (
        <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="moderated-message-body">
          {text}
        </Typography>
      )}
    </ListItem>
  );
}

/**
 * What was said, only on request: the notice says the reading is recorded in the audit log (members can be told who
 * looked) before the moderator presses "Read messages"; nothing is loaded on opening the page. Each further page of
 * older messages is a recorded read too.
 */
function Messages() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const operations = useModerationOperations();
  const [messages, setMessages] = useState<ModeratedMessage[] | null>(null);
  const [hasMoreBefore, setHasMoreBefore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [removing, setRemoving] = useState<ModeratedMessage | null>(null);
  if (!record) return null;

  const read = async (before: number | null) => {
    setBusy(true);
    try {
      const page = await operations.moderatedMessages(record.id, before);
      setMessages((shown) => [...(before === null ? [] : (shown ?? [])), ...page.items]);
      setHasMoreBefore(page.hasMoreBefore);
    } catch (error) {
      notify(errorSentence(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ p: 2 }} data-testid="conversation-messages">
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('harbour.messaging.moderation.messages_heading')}
      </Typography>
      <Alert severity="warning" sx={{ mb: 2 }} data-testid="audit-notice">
        {translate('harbour.messaging.moderation.audit_notice')}
      </Alert>
      {messages === null ? (
        <Button label="harbour.messaging.moderation.read" variant="contained" startIcon={<VisibilityIcon />} disabled={busy} onClick={() => void read(null)} />
      ) : (
        <>
          {messages.length === 0 && <Typography color="text.secondary">{translate('harbour.messaging.moderation.no_messages')}</Typography>}
          <MuiList dense>
            {messages.map((message) => (
              <MessageItem key={message.id} message={message} onRemove={setRemoving} />
            ))}
          </MuiList>
          {hasMoreBefore && <Button label="harbour.messaging.moderation.read_older" disabled={busy} onClick={() => void read(messages[messages.length - 1]?.seq ?? null)} />}
        </>
      )}
      <FormDialog
        open={removing !== null}
        onClose={() => setRemoving(null)}
        title="harbour.messaging.moderation.remove_title"
        titleArgs={{ name: removing?.sender?.displayName ?? translate('harbour.messaging.hidden_person') }}
        submitLabel="harbour.messaging.moderation.remove"
        onSubmit={async (values) => {
          const removed = await operations.removeMessageAsModerator(removing!.id, values.reason);
          setMessages((shown) => (shown ?? []).map((message) => (message.id === removed.id ? { ...message, recalledAt: removed.recalledAt } : message)));
          notify('harbour.messaging.moderation.removed', { type: 'success' });
        }}
      >
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('harbour.messaging.moderation.remove_help')}
        </Typography>
        <TextInput source="reason" label="harbour.messaging.moderation.reason" validate={required()} multiline fullWidth />
      </FormDialog>
    </Box>
  );
}

/**
 * One moderated group or channel: what it is, who runs it (a moderator names owners and admins — who may post in an
 * announcement channel), its messages after the audit notice, and its export.
 */
export function ModeratedConversationShow() {
  return (
    <Show title={<ConversationTitle />} actions={<Actions />}>
      <Overview />
      <Divider />
      <Members />
      <Divider />
      <Messages />
    </Show>
  );
}
