import { useGetRecordRepresentation, useNotify, useRedirect, useResourceContext, type RaRecord, type RedirectionSideEffect } from 'react-admin';

/**
 * The success side effect of a create or edit form: says what was saved by name ("已更新 陳大文 的資料") rather than
 * react-admin's count ("已更新 1 項"), then goes where the form would have gone. `name` overrides the resource's
 * record representation.
 */
export function useSavedNotice(kind: 'created' | 'updated', options: { redirect?: RedirectionSideEffect; name?: (record: RaRecord) => string } = {}) {
  const resource = useResourceContext();
  const represent = useGetRecordRepresentation(resource);
  const notify = useNotify();
  const redirect = useRedirect();
  return {
    onSuccess: (record: RaRecord) => {
      const represented = represent(record);
      const name = options.name?.(record) ?? (typeof represented === 'string' ? represented : String(record.id));
      notify(`harbour.saved.${kind}`, { type: 'success', messageArgs: { name } });
      if (options.redirect) redirect(options.redirect, resource, record.id, record);
    },
  };
}
