import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { RaRecord } from 'react-admin';

/** Job ranks: no pages of their own, only chosen in people forms and filters. */
export const jobRanks = {
  icon: WorkspacePremiumIcon,
  recordRepresentation: (record: RaRecord) => `${record.code} · ${record.name}`,
};
