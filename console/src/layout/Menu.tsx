import SettingsIcon from '@mui/icons-material/Settings';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';
import { useImportKinds } from '../hooks/useImportKinds';

/** The sidebar: dashboard, the resources the person may list, CSV import and settings when permitted. */
export function Menu() {
  const translate = useTranslate();
  const { kinds: importKinds } = useImportKinds();
  const canSettings = useCanAccess({ resource: 'organization', action: 'edit' });
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItem name="departments" />
      <RaMenu.ResourceItem name="people" />
      <RaMenu.ResourceItem name="roles" primaryText={translate('harbour.menu.roles')} />
      <RaMenu.ResourceItem name="audit" />
      {importKinds.length > 0 && <RaMenu.Item to="/import" primaryText={translate('harbour.menu.import')} leftIcon={<UploadFileIcon />} />}
      {canSettings.canAccess && <RaMenu.Item to="/settings" primaryText={translate('harbour.menu.settings')} leftIcon={<SettingsIcon />} />}
    </RaMenu>
  );
}
