import AccountTreeIcon from '@mui/icons-material/AccountTree';
import BarChartIcon from '@mui/icons-material/BarChart';
import GroupIcon from '@mui/icons-material/Group';
import HistoryIcon from '@mui/icons-material/History';
import PersonIcon from '@mui/icons-material/Person';
import SecurityIcon from '@mui/icons-material/Security';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Box, Button, Card, CardContent, Chip, Grid, Skeleton, Typography } from '@mui/material';
import { lazy, Suspense, type ReactNode } from 'react';
import { Title, useCanAccess, useGetIdentity, useGetList, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { DashboardMeQuery } from '../../gql/graphql';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useImportKinds } from '../../hooks/useImportKinds';
import { usePersonPath } from '../../hooks/usePersonPath';
import { graphqlRequest } from '../../providers/graphqlClient';
import { loadSession } from '../../providers/session';
import { DASHBOARD_APPROVALS, DASHBOARD_HEADCOUNTS, DASHBOARD_ME, DASHBOARD_TEAM, DASHBOARD_WORKFORCE } from './operations';

const DashboardCharts = lazy(() => import('./DashboardCharts'));

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

/** The signed-in person's own card: name, title, departments (主部門 / 部門主管 marked) and managers, with a link to their page. */
function MyProfileCard({ me }: { me: DashboardMeQuery['me'] }) {
  const translate = useTranslate();
  const path = me.viewerCan.update ? `/people/${me.id}` : `/people/${me.id}/show`;
  return (
    <Card sx={{ height: '100%' }} data-testid="my-profile">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('harbour.dashboard.my_profile')}
        </Typography>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {me.displayName}
          {me.englishName && (
            <Typography component="span" color="text.secondary">
              {` (${me.englishName})`}
            </Typography>
          )}
        </Typography>
        {me.jobTitle && <Typography color="text.secondary">{me.jobTitle}</Typography>}
        <Box component="ul" sx={{ listStyle: 'none', p: 0, my: 1.5 }}>
          {me.memberships.map((membership) => (
            <Box component="li" key={membership.id} sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5, mb: 0.5 }}>
              <Typography variant="body2" component="span">
                {membership.department?.name ?? '—'}
              </Typography>
              {membership.isPrimary && me.memberships.length > 1 && <Chip size="small" variant="outlined" label={translate('harbour.dashboard.primary_department')} />}
              {membership.isLeader && <Chip size="small" color="primary" variant="outlined" label={translate('harbour.dashboard.department_head')} />}
              {membership.manager && (
                <Typography variant="caption" color="text.secondary" component="span">
                  {translate('harbour.dashboard.manager', { name: membership.manager.displayName })}
                </Typography>
              )}
            </Box>
          ))}
        </Box>
        <Button component={Link} to={path} variant="outlined" size="small" startIcon={<PersonIcon />}>
          {translate(me.viewerCan.update ? 'harbour.dashboard.edit_my_profile' : 'harbour.dashboard.view_my_profile')}
        </Button>
      </CardContent>
    </Card>
  );
}

/**
 * Approvals over the last 30 days (today included), summed over the templates, with a link to the metrics page: for
 * those who may analyse approval templates.
 */
function ApprovalsCard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useApiQuery(async () => {
    const now = new Date();
    const to = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const from = new Date(to.getFullYear(), to.getMonth(), to.getDate() - 30);
    const figures = (await graphqlRequest(DASHBOARD_APPROVALS, { from: from.toISOString(), to: to.toISOString() })).approvalMetrics;
    const sum = (pick: (entry: (typeof figures)[number]) => number) => figures.reduce((total, entry) => total + pick(entry), 0);
    return { submitted: sum((entry) => entry.submitted), approved: sum((entry) => entry.approved), rejected: sum((entry) => entry.rejected) };
  });
  const count = new Intl.NumberFormat(locale);
  return (
    <Card sx={{ height: '100%' }} data-testid="approvals-card">
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {translate('harbour.dashboard.approvals_30_days')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 3, my: 1 }}>
          {(['submitted', 'approved', 'rejected'] as const).map((figure) => (
            <Box key={figure}>
              <Typography variant="h5" component="p" data-testid={`approvals-${figure}`}>
                {isPending ? <Skeleton width={40} /> : error || !data ? '—' : count.format(data[figure])}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {translate(`harbour.dashboard.approvals_${figure}`)}
              </Typography>
            </Box>
          ))}
        </Box>
        <Button component={Link} to="/approvals/metrics" size="small" startIcon={<BarChartIcon />}>
          {translate('harbour.dashboard.approval_metrics')}
        </Button>
      </CardContent>
    </Card>
  );
}

const TEAM_SHOWN = 8;

/** The people of the person's primary department (and below), with its leaders. */
function MyTeamCard({ departmentId, departmentName }: { departmentId: string; departmentName: string }) {
  const translate = useTranslate();
  const personPath = usePersonPath();
  const { data, isPending, error } = useApiQuery(() => graphqlRequest(DASHBOARD_TEAM, { departmentId, take: TEAM_SHOWN }), departmentId);
  const filter = encodeURIComponent(JSON.stringify({ departmentId, includeSubtree: true }));
  return (
    <Card sx={{ height: '100%' }} data-testid="my-team">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('harbour.dashboard.my_team', { department: departmentName })}
        </Typography>
        {isPending ? (
          <Skeleton height={120} />
        ) : error || !data ? (
          <Typography color="text.secondary">—</Typography>
        ) : (
          <>
            {data.department.leaders.length > 0 && (
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                {translate('harbour.dashboard.heads', { names: data.department.leaders.map((leader) => leader.displayName).join('、') })}
              </Typography>
            )}
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 0.5 }}>
              {data.people.items.map((person) => (
                <Box component="li" key={person.id} sx={{ minWidth: 0 }}>
                  <Typography component={Link} to={personPath(person.id)} variant="body2" sx={{ color: 'primary.main', textDecoration: 'none' }}>
                    {person.displayName}
                  </Typography>
                  {person.jobTitle && (
                    <Typography variant="caption" color="text.secondary" component="span">
                      {` · ${person.jobTitle}`}
                    </Typography>
                  )}
                </Box>
              ))}
            </Box>
            <Button component={Link} to={`/people?filter=${filter}`} size="small" sx={{ mt: 1 }}>
              {translate('harbour.dashboard.whole_team', { smart_count: data.people.totalCount })}
            </Button>
          </>
        )}
      </CardContent>
    </Card>
  );
}

/**
 * The departments the headcount chart compares: the top-level ones, or — when one department holds the whole company,
 * as in many trees — the departments right under it.
 */
function chartedDepartments<T extends { children: unknown[] }>(roots: T[]): (T | T['children'][number])[] {
  return roots.length === 1 && roots[0].children.length > 0 ? roots[0].children : roots;
}

/** The charts, loaded (code and figures) only for those who may read what they count. */
function Figures({ canReadPeople, canReadDepartments }: { canReadPeople: boolean; canReadDepartments: boolean }) {
  const headcounts = useApiQuery(async () => (canReadDepartments ? chartedDepartments((await graphqlRequest(DASHBOARD_HEADCOUNTS)).departments.items) : null), String(canReadDepartments));
  const workforce = useApiQuery(async () => (canReadPeople ? (await graphqlRequest(DASHBOARD_WORKFORCE, { months: 12 })).workforceByMonth : null), String(canReadPeople));
  if (!canReadPeople && !canReadDepartments) return null;
  if (headcounts.isPending || workforce.isPending) return <Skeleton height={220} sx={{ mb: 3 }} />;
  return (
    <Suspense fallback={<Skeleton height={220} sx={{ mb: 3 }} />}>
      <DashboardCharts departments={headcounts.data ?? null} months={workforce.data ?? null} />
    </Suspense>
  );
}

/**
 * Home page: what the signed-in person can do. Everyone sees their own profile and their team; those who may read
 * people and departments see the counts and the charts; the shortcuts follow the permissions.
 */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { data: organization } = useGetOne('organization', { id: loadSession()?.organizationId ?? '' });
  const canReadPeople = useCanAccess({ resource: 'people', action: 'list' }).canAccess ?? false;
  const canReadDepartments = useCanAccess({ resource: 'departments', action: 'list' }).canAccess ?? false;
  const canAnalyseApprovals = useCanAccess({ resource: 'approvalTemplates', action: 'analyze' }).canAccess ?? false;
  const canImport = useImportKinds().kinds.length > 0;
  const { data: me } = useApiQuery(async () => (await graphqlRequest(DASHBOARD_ME)).me);
  const primary = me?.memberships.find((membership) => membership.isPrimary) ?? me?.memberships[0];
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('ra.page.dashboard')} />
      <Typography variant="h4" component="h1" data-testid="organization-name" sx={{ wordBreak: 'keep-all' }}>
        {organization?.name ?? <Skeleton width={240} />}
      </Typography>
      <Typography variant="body1" color="text.secondary" sx={{ mb: 3 }}>
        {identity ? translate('harbour.dashboard.welcome', { name: identity.fullName }) : '\u00a0'}
      </Typography>
      <Grid container spacing={2} sx={{ mb: 3 }}>
        <Grid size={{ xs: 12, md: 6 }}>{me ? <MyProfileCard me={me} /> : <Skeleton height={200} />}</Grid>
        {primary?.department && canReadPeople && (
          <Grid size={{ xs: 12, md: 6 }}>
            <MyTeamCard departmentId={primary.department.id} departmentName={primary.department.name} />
          </Grid>
        )}
      </Grid>
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
        {canAnalyseApprovals && (
          <Grid size={{ xs: 12, sm: 6, md: 4 }}>
            <ApprovalsCard />
          </Grid>
        )}
      </Grid>
      <Figures canReadPeople={canReadPeople} canReadDepartments={canReadDepartments} />
      <Card>
        <CardContent>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate('harbour.dashboard.quick_links')}
          </Typography>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
            <QuickLink to="/people/create" label="harbour.dashboard.add_person" icon={<GroupIcon />} resource="people" action="create" />
            <QuickLink to="/people" label="harbour.dashboard.people_directory" icon={<GroupIcon />} resource="people" action="list" />
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
