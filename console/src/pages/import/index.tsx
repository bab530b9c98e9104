import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu, useTranslate } from 'react-admin';
import { useImportKinds } from '../../hooks/useImportKinds';
import { lazyView, type ConsoleModule } from '../../module';
import { importDataProvider } from './dataProvider';
import { messages } from './messages';

const ImportPage = lazyView(() => import('./ImportPage'), 'ImportPage');

function ImportMenuItem() {
  const translate = useTranslate();
  const { kinds } = useImportKinds();
  return kinds.length > 0 ? <Menu.Item to="/import" primaryText={translate('harbour.import.menu')} leftIcon={<UploadFileIcon />} /> : null;
}

/** CSV import of departments and people (shown to those who may import either). */
export const csvImport: ConsoleModule = {
  name: 'import',
  resources: [{ name: 'import', dataProvider: importDataProvider }],
  menu: ImportMenuItem,
  routes: [{ path: '/import', element: <ImportPage /> }],
  messages,
};
