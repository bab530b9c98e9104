import { Box, Link as MuiLink, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { usePersonPath } from '../../hooks/usePersonPath';

/** Who has this role (`roleAssignments(roleId)`), and where it applies. */
export function RoleHolders() {
  const record = useRecordContext();
  const translate = useTranslate();
  const personPath = usePersonPath();
  const { data, total } = useGetList('roleAssignments', { filter: { roleId: record?.id }, pagination: { page: 1, perPage: 100 } }, { enabled: Boolean(record) });
  return (
    <Box sx={{ p: 2 }} data-testid="role-holders">
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('harbour.roles.holders_title', { count: total ?? 0 })}
      </Typography>
      {!data?.length ? (
        <Typography color="text.secondary">{translate('harbour.roles.no_holders')}</Typography>
      ) : (
        <Table size="small" aria-label={translate('harbour.roles.holders_title', { count: total ?? 0 })}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.people.fields.displayName')}</TableCell>
              <TableCell>{translate('resources.people.fields.jobTitle')}</TableCell>
              <TableCell>{translate('harbour.people.scope')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((assignment) => (
              <TableRow key={assignment.id}>
                <TableCell>
                  {assignment.person ? (
                    <MuiLink component={Link} to={personPath(assignment.person.id)}>
                      {assignment.person.displayName}
                    </MuiLink>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>{assignment.person?.jobTitle ?? '—'}</TableCell>
                <TableCell>{assignment.scopeDepartment?.name ?? translate('harbour.people.whole_organisation')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
