import { useTranslate } from 'react-admin';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useRoleOperations, type PermissionVocabulary } from './dataProvider';

// The vocabulary is the same for everybody and changes only with the API version: read it once per page load.
let cached: Promise<PermissionVocabulary> | null = null;

/** The rule vocabulary from the API, with choices labelled in the console's language ("讀取 (read)"). */
export function usePermissionVocabulary() {
  const operations = useRoleOperations();
  const translate = useTranslate();
  const { data, error, isPending } = useApiQuery<PermissionVocabulary>(() => {
    cached ??= operations.permissionVocabulary().catch((error: Error) => {
      cached = null;
      throw error;
    });
    return cached;
  }, 'vocabulary');
  const actionLabel = (action: string) => translate(`harbour.roles.actions.${action}`, { _: action });
  const subjectLabel = (subject: string) => translate(`harbour.roles.subjects.${subject}`, { _: subject });
  const actionChoices = (data?.actions ?? []).map((action) => ({ id: action, name: `${actionLabel(action)} (${action})` }));
  const subjectChoices = [{ id: 'all', name: `${subjectLabel('all')} (all)` }, ...(data?.subjects ?? []).map((s) => ({ id: s.name, name: `${subjectLabel(s.name)} (${s.name})` }))];
  return { vocabulary: data, error, isPending, actionChoices, subjectChoices, actionLabel, subjectLabel };
}
