import HistoryIcon from '@mui/icons-material/History';
import { AuditList } from './AuditList';

/** The audit log: read-only list with details and chain verification. */
export const audit = {
  list: AuditList,
  icon: HistoryIcon,
};
