import { Create, maxLength, required, SimpleForm, TextInput } from 'react-admin';
import { useSavedNotice } from '../../hooks/useSavedNotice';

/** Writes a draft → `createAnnouncement`; it is published (or scheduled) from its page. */
export function AnnouncementCreate() {
  const saved = useSavedNotice('created', { redirect: 'show', name: (announcement) => `「${announcement.title}」` });
  return (
    <Create mutationOptions={saved}>
      <SimpleForm sx={{ maxWidth: 840 }}>
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth autoFocus />
        <TextInput source="body" validate={[required(), maxLength(10_000)]} helperText="harbour.announcements.body_help" multiline minRows={8} fullWidth />
      </SimpleForm>
    </Create>
  );
}
