import PeopleIcon from '@mui/icons-material/People';
import { PersonCreate } from './PersonCreate';
import { PersonEdit } from './PersonEdit';
import { PersonList } from './PersonList';
import { PersonShow } from './PersonShow';

/** People: list with filters, create, edit with departments and roles, and a read-only view for those who may not edit. */
export const people = {
  list: PersonList,
  create: PersonCreate,
  edit: PersonEdit,
  show: PersonShow,
  icon: PeopleIcon,
  recordRepresentation: 'displayName',
};
