import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { RaRecord } from 'react-admin';
import { DepartmentTree } from './DepartmentTree';

/** Departments: a tree with create, rename, move, leaders and archive (no separate edit pages). */
export const departments = {
  list: DepartmentTree,
  icon: AccountTreeIcon,
  recordRepresentation: (record: RaRecord) => (record.code ? `${record.name}(${record.code})` : record.name),
};
