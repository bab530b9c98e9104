import { Create, maxLength, required, SimpleForm, TextInput } from 'react-admin';

/** Writes a draft → `createAnnouncement`; it is published (or scheduled) from its page. */
export function AnnouncementCreate() {
  return (
    <Create redirect="show">
      <SimpleForm sx={{ maxWidth: 840 }}>
        <TextInput source="title" validate={[required(), maxLength(200)]} fullWidth autoFocus />
        <TextInput source="body" validate={[required(), maxLength(10_000)]} helperText="harbour.announcements.body_help" multiline minRows={8} fullWidth />
      </SimpleForm>
    </Create>
  );
}
