import { useCanAccess, type Identifier } from 'react-admin';

/** The path of a person's page: the edit page for those who may change people, the read-only page for the others. */
export function usePersonPath(): (id: Identifier) => string {
  const { canAccess } = useCanAccess({ resource: 'people', action: 'edit' });
  return (id) => (canAccess ? `/people/${id}` : `/people/${id}/show`);
}
