import { Edit, maxLength, required, SaveButton, SelectInput, SimpleForm, TextInput, Toolbar, useTranslate } from 'react-admin';
import { useSavedNotice } from '../../hooks/useSavedNotice';
import { loadSession } from '../../providers/session';
import { EmailDomainsPanel } from './EmailDomainsPanel';

/** Organisation settings: name and default language (`updateOrganizationSettings`), then the email domains for sign-in. */
export function SettingsPage() {
  const translate = useTranslate();
  const saved = useSavedNotice('updated', { name: (organization) => organization.name });
  return (
    <>
      <Edit resource="organization" id={loadSession()?.organizationId ?? ''} redirect={false} mutationMode="pessimistic" mutationOptions={saved} title={translate('harbour.settings.title')}>
        <SimpleForm
          toolbar={
            <Toolbar>
              <SaveButton />
            </Toolbar>
          }
          sx={{ maxWidth: 640 }}
        >
          <TextInput source="name" validate={[required(), maxLength(200)]} />
          <TextInput source="slug" disabled helperText={translate('harbour.settings.slug_help')} />
          <SelectInput
            source="defaultLocale"
            validate={required()}
            choices={[
              { id: 'zh-HK', name: 'harbour.language.zh-HK' },
              { id: 'en', name: 'harbour.language.en' },
              { id: 'zh-CN', name: 'harbour.language.zh-CN' },
            ]}
          />
        </SimpleForm>
      </Edit>
      <EmailDomainsPanel />
    </>
  );
}
