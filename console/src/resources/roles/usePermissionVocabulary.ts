import { useLocaleState, useTranslate } from 'react-admin';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useRoleOperations, type PermissionVocabulary } from './dataProvider';

/** The API's labels are written to sit inside sentences ("only for this person"); alone, one starts with a capital. */
const alone = (label: string) => label.charAt(0).toLocaleUpperCase() + label.slice(1);

// The vocabulary changes only with the API version and the language its labels are in: read it once per language.
const cached = new Map<string, Promise<PermissionVocabulary>>();

/** The rule vocabulary from the API, its subjects, actions and fields labelled by the API in the console's language. */
export function usePermissionVocabulary() {
  const operations = useRoleOperations();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error, isPending } = useApiQuery<PermissionVocabulary>(() => {
    let vocabulary = cached.get(locale);
    if (!vocabulary) {
      vocabulary = operations.permissionVocabulary().catch((error: Error) => {
        cached.delete(locale);
        throw error;
      });
      cached.set(locale, vocabulary);
    }
    return vocabulary;
  }, `vocabulary ${locale}`);
  const actionLabel = (action: string) => data?.actionLabels.find((candidate) => candidate.name === action)?.label ?? action;
  const subjectLabel = (subject: string) => (subject === 'all' ? translate('harbour.roles.subject_all') : alone(data?.subjects.find((candidate) => candidate.name === subject)?.label ?? subject));
  const actionChoices = (data?.actionLabels ?? []).map((action) => ({ id: action.name, name: action.label }));
  const subjectChoices = [{ id: 'all', name: subjectLabel('all') }, ...(data?.subjects ?? []).map((s) => ({ id: s.name, name: alone(s.label) }))];
  return { vocabulary: data, error, isPending, actionChoices, subjectChoices, actionLabel, subjectLabel };
}
