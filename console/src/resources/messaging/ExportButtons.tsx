import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useNotify, type Identifier } from 'react-admin';
import type { ExportConversationMutation, ConversationExportFormat } from '../../gql/graphql';
import { errorSentence } from '../../providers/graphqlClient';
import { saveExport } from './conversations';

/**
 * "Export CSV" and "Export JSON" for one conversation: `exportConversation` (audited), saved as a file. The API decides
 * on which footing (moderator or legal-hold holder) and so what the file holds.
 */
export function ExportButtons({
  conversationId,
  exportConversation,
}: {
  conversationId: Identifier;
  exportConversation: (id: Identifier, format: ConversationExportFormat) => Promise<ExportConversationMutation['exportConversation']>;
}) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (format: ConversationExportFormat) => {
    setBusy(true);
    try {
      const file = await exportConversation(conversationId, format);
      saveExport(file);
      notify('harbour.messaging.export.done', { type: 'success', messageArgs: { smart_count: file.messages, fileName: file.fileName } });
    } catch (error) {
      notify(errorSentence(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button label="harbour.messaging.export.csv" startIcon={<DownloadIcon />} disabled={busy} onClick={() => void run('CSV')} />
      <Button label="harbour.messaging.export.json" startIcon={<DownloadIcon />} disabled={busy} onClick={() => void run('JSON')} />
    </>
  );
}
