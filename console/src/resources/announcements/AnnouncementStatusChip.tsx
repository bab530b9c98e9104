import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AnnouncementStatus } from '../../gql/graphql';

/** The label of each status, written out so that test/i18n.spec.ts checks every one is translated. */
export const statusLabels: Record<AnnouncementStatus, string> = {
  DRAFT: 'harbour.announcements.status.DRAFT',
  SCHEDULED: 'harbour.announcements.status.SCHEDULED',
  PUBLISHED: 'harbour.announcements.status.PUBLISHED',
  ARCHIVED: 'harbour.announcements.status.ARCHIVED',
};

const colors = { DRAFT: 'default', SCHEDULED: 'info', PUBLISHED: 'success', ARCHIVED: 'default' } as const;

/** Where an announcement is in its life, as a small coloured label. */
export function AnnouncementStatusChip({ status }: { status: AnnouncementStatus }) {
  const translate = useTranslate();
  return <Chip size="small" color={colors[status]} variant={status === 'ARCHIVED' ? 'outlined' : 'filled'} label={translate(statusLabels[status])} />;
}
