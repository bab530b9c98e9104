import { useCanAccess } from 'react-admin';
import type { ImportKind } from '../gql/graphql';

/** The kinds of CSV import the signed-in person may run (importing departments and people are separate permissions). */
export function useImportKinds(): { kinds: ImportKind[]; isPending: boolean } {
  const departments = useCanAccess({ resource: 'departments', action: 'import' });
  const people = useCanAccess({ resource: 'people', action: 'import' });
  const kinds: ImportKind[] = [...(departments.canAccess ? ['DEPARTMENTS' as const] : []), ...(people.canAccess ? ['PEOPLE' as const] : [])];
  return { kinds, isPending: departments.isPending || people.isPending };
}
