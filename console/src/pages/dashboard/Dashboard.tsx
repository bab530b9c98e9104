import AccountTreeIcon from '@mui/icons-material/AccountTree';
import GroupIcon from '@mui/icons-material/Group';
import HistoryIcon from '@mui/icons-material/History';
import SecurityIcon from '@mui/icons-material/Security';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, Card, CardContent, Grid, Skeleton, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Title, useCanAccess, useGetIdentity, useGetList, useGetOne, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useImportKinds } from '../../hooks/useImportKinds';
import { loadSession } from '../../providers/session';

function CountCard({ label, resource, icon }: { label: string; resource: string; icon: ReactNode }) {
  const translate = useTranslate();
  const { total, isPending, error } = useGetList(resource, { pagination: { page: 1, perPage: 1 } });
  return (
    <Card sx={{ height: '100%' }}>
      <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
        <Box sx={{ color: 'primary.main', display: 'flex' }}>{icon}</Box>
        <Box>
          <Typography variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography variant="h4" component="p" data-testid={`count-${resource}`}>
            {isPending ? <Skeleton width={60} /> : error ? '—' : total}
          </Typography>
        </Box>
      </CardContent>
    </Card>
  );
}

function QuickLink({ to, label, icon, resource, action }: { to: string; label: string; icon: ReactNode; resource: string; action: string }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource, action });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={to} variant="outlined" startIcon={icon} sx={{ justifyContent: 'flex-start' }}>
      {translate(label)}
    </Button>
  );
}

/** Home page: the organisation, how many people and departments it has, and shortcuts to common tasks. */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data: organization } = useGetOne('organization', { id: loadSession()?.organizationId ?? '' });
  const canReadPeople = useCanAccess({ resource: 'people', action: 'list' }).canAccess;
  const canReadDepartments = useCanAccess({ resource: 'departments', action: 'list' }).canAccess;
  const canImport = useImportKinds().kinds.length > 0;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('ra.page.dashboard')} />
      <Typography variant="h4" component="h1" data-testid="organization-name">
        {organization?.name ?? <Skeleton width={240} />}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 3 }}>
        {identity ? translate('harbour.dashboard.welcome', { name: identity.fullName }) : '\u00a0'}
      </Typography>
      <Grid container spacing={2} sx={{ mb: 3 }}>
        {canReadPeople && (
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <CountCard label="harbour.dashboard.people_count" resource="people" icon={<GroupIcon fontSize="large" />} />
          </Grid>
        )}
        {canReadDepartments && (
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <CountCard label="harbour.dashboard.departments_count" resource="departments" icon={<AccountTreeIcon fontSize="large" />} />
          </Grid>
        )}
      </Grid>
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('harbour.dashboard.quick_links')}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
            <QuickLink to="/people/create" label="harbour.dashboard.add_person" icon={<GroupIcon />} resource="people" action="create" />
            <QuickLink to="/departments" label="harbour.dashboard.manage_departments" icon={<AccountTreeIcon />} resource="departments" action="list" />
            {canImport && (
              <Button component={Link} to="/import" variant="outlined" startIcon={<UploadFileIcon />} sx={{ justifyContent: 'flex-start' }}>
                {translate('harbour.dashboard.import_csv')}
              </Button>
            )}
            <QuickLink to="/roles" label="harbour.dashboard.manage_roles" icon={<SecurityIcon />} resource="roles" action="list" />
            <QuickLink to="/audit" label="harbour.dashboard.view_audit" icon={<HistoryIcon />} resource="audit" action="list" />
          </Box>
        </CardContent>
      </Card>
    </Box>
  );
}
