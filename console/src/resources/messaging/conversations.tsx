import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ExportConversationMutation, ConversationKind, ConversationRole } from '../../gql/graphql';

/** The kinds the moderation view lists (never direct chats), for its filter. */
export const MODERATED_KINDS: ConversationKind[] = ['GROUP', 'PROJECT', 'DEPARTMENT', 'ANNOUNCEMENT'];

/** The roles a moderator may give, most powerful first. */
export const ROLES: ConversationRole[] = ['OWNER', 'ADMIN', 'MEMBER'];

/** A conversation's kind as a small chip. */
export function KindChip({ kind }: { kind: ConversationKind }) {
  const translate = useTranslate();
  return <Chip size="small" variant="outlined" label={translate(`harbour.messaging.kinds.${kind}`)} />;
}

/** A conversation's name; a direct chat has none and is named by its people ("Direct chat: 陳大文 · 李家明"). */
export function conversationName(
  translate: (key: string, options?: Record<string, unknown>) => string,
  conversation: { title?: string | null; members?: { items: { person?: { displayName: string } | null }[] } | null },
): string {
  if (conversation.title) return conversation.title;
  const people = (conversation.members?.items ?? []).map((member) => member.person?.displayName).filter(Boolean);
  return translate('harbour.messaging.direct_chat', { people: people.join(' · ') || '—' });
}

/**
 * Saves an export through the browser: its bytes decoded from base64 into a Blob, offered as a link with `download` and
 * clicked.
 */
export function saveExport(file: Pick<ExportConversationMutation['exportConversation'], 'base64' | 'contentType' | 'fileName'>): void {
  const text = atob(file.base64);
  const bytes = new Uint8Array(text.length);
  for (let index = 0; index < text.length; index += 1) bytes[index] = text.charCodeAt(index);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the Blob after the click returns: revoking the URL at once could cut the download short.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
