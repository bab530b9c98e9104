import AddIcon from '@mui/icons-material/Add';
import ArchiveIcon from '@mui/icons-material/Archive';
import DriveFileMoveIcon from '@mui/icons-material/DriveFileMove';
import EditIcon from '@mui/icons-material/Edit';
import GroupIcon from '@mui/icons-material/Group';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  FormControlLabel,
  Link as MuiLink,
  Skeleton,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Confirm, useDataProvider, useGetList, useGetOne, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { Link } from 'react-router-dom';
import { EmptyValue } from '../../components/EmptyValue';
import { usePersonPath } from '../../hooks/usePersonPath';
import { CreateDepartmentDialog, LeadersDialog, MoveDepartmentDialog, RenameDepartmentDialog } from './DepartmentDialogs';
import { errorSentence } from '../../providers/graphqlClient';

type DialogName = 'child' | 'rename' | 'move' | 'leaders' | 'archive' | null;

function Detail({ label, children }: { label: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', gap: 2, py: 0.75, alignItems: 'baseline' }}>
      <Typography variant="body2" color="text.secondary" sx={{ minWidth: 96 }}>
        {translate(label)}
      </Typography>
      <Box sx={{ flex: 1 }}>{children}</Box>
    </Box>
  );
}

function DepartmentMembers({ id }: { id: string }) {
  const translate = useTranslate();
  const personPath = usePersonPath();
  const [includeSubtree, setIncludeSubtree] = useState(false);
  const [page, setPage] = useState(0);
  const perPage = 10;
  const { data, total, isPending, error } = useGetList('people', {
    filter: { departmentId: id, includeSubtree },
    pagination: { page: page + 1, perPage },
  });
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader
        avatar={<GroupIcon color="primary" />}
        title={translate('harbour.departments.members_title')}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={
          <FormControlLabel
            control={
              <Switch
                checked={includeSubtree}
                onChange={(event) => {
                  setIncludeSubtree(event.target.checked);
                  setPage(0);
                }}
              />
            }
            label={translate('harbour.departments.include_subtree')}
          />
        }
      />
      <CardContent sx={{ pt: 0 }}>
        {error ? (
          <Alert severity="error">{error.message}</Alert>
        ) : isPending ? (
          <Skeleton height={120} />
        ) : !data?.length ? (
          <Typography color="text.secondary">{translate('harbour.departments.no_members')}</Typography>
        ) : (
          <>
            <Table size="small" aria-label={translate('harbour.departments.members_title')}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.people.fields.displayName')}</TableCell>
                  <TableCell>{translate('resources.people.fields.jobTitle')}</TableCell>
                  <TableCell>{translate('resources.people.fields.rankId')}</TableCell>
                  <TableCell>{translate('resources.people.fields.workEmail')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.map((person) => (
                  <TableRow key={person.id} hover>
                    <TableCell>
                      <MuiLink component={Link} to={personPath(person.id)}>
                        {person.displayName}
                      </MuiLink>
                      {person.englishName && (
                        <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                          {person.englishName}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>{person.jobTitle ?? <EmptyValue />}</TableCell>
                    <TableCell>{person.rank ? `${person.rank.code} · ${person.rank.name}` : <EmptyValue />}</TableCell>
                    <TableCell>{person.workEmail ?? <EmptyValue />}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <TablePagination
              component="div"
              count={total ?? 0}
              page={page}
              rowsPerPage={perPage}
              rowsPerPageOptions={[perPage]}
              onPageChange={(_, next) => setPage(next)}
              labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
            />
          </>
        )}
      </CardContent>
    </Card>
  );
}

/** One department: its details, the named actions the person may take on it, and its members. */
export function DepartmentDetails({ id, onSelect, onArchived }: { id: string; onSelect: (id: string, parentId: string | null) => void; onArchived: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider();
  const personPath = usePersonPath();
  const [dialog, setDialog] = useState<DialogName>(null);
  const [archiving, setArchiving] = useState(false);
  const { data: record, isPending, error } = useGetOne('departments', { id });

  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (isPending || !record) return <Skeleton variant="rounded" height={240} />;
  // The API's answers for this department: only what will be allowed is offered.
  const { update: canUpdate, move: canMove, archive: canArchive, createSubDepartment: canCreate } = record.viewerCan;

  const archive = async () => {
    setArchiving(true);
    try {
      await dataProvider.delete('departments', { id: record.id, previousData: record });
      notify('harbour.departments.archived', { type: 'success', messageArgs: { name: record.name } });
      onArchived();
      refresh();
    } catch (failure) {
      notify(errorSentence(failure), { type: 'error' });
    } finally {
      setArchiving(false);
      setDialog(null);
    }
  };
  const close = () => setDialog(null);

  return (
    <>
      <Card data-testid="department-details">
        <CardHeader title={record.name} subheader={record.code} slotProps={{ title: { variant: 'h5', component: 'h2' } }} />
        <CardContent sx={{ pt: 0 }}>
          <Detail label="resources.departments.fields.parentId">
            {record.parent ? (
              <MuiLink component="button" variant="body2" onClick={() => onSelect(record.parent.id, null)}>
                {record.parent.name}
              </MuiLink>
            ) : (
              <Typography variant="body2">{translate('harbour.departments.top_level')}</Typography>
            )}
          </Detail>
          <Detail label="resources.departments.fields.leaders">
            {record.leaders.length ? (
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {record.leaders.map((leader: RaRecord) => (
                  <Chip key={leader.id} size="small" label={leader.displayName} component={Link} to={personPath(leader.id)} clickable />
                ))}
              </Stack>
            ) : (
              <Typography variant="body2" color="text.secondary">
                {translate('harbour.departments.no_leaders')}
              </Typography>
            )}
          </Detail>
          <Detail label="harbour.departments.sub_departments">
            <Typography variant="body2">{record.children.length}</Typography>
          </Detail>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 2 }}>
            {canCreate && (
              <Button variant="outlined" size="small" startIcon={<AddIcon />} onClick={() => setDialog('child')}>
                {translate('harbour.departments.add_child')}
              </Button>
            )}
            {canUpdate && (
              <Button variant="outlined" size="small" startIcon={<EditIcon />} onClick={() => setDialog('rename')}>
                {translate('harbour.departments.rename')}
              </Button>
            )}
            {canMove && (
              <Button variant="outlined" size="small" startIcon={<DriveFileMoveIcon />} onClick={() => setDialog('move')}>
                {translate('harbour.departments.move')}
              </Button>
            )}
            {canUpdate && (
              <Button variant="outlined" size="small" startIcon={<GroupIcon />} onClick={() => setDialog('leaders')}>
                {translate('harbour.departments.set_leaders')}
              </Button>
            )}
            {canArchive && (
              <Button variant="outlined" size="small" color="error" startIcon={<ArchiveIcon />} onClick={() => setDialog('archive')}>
                {translate('harbour.departments.archive')}
              </Button>
            )}
          </Stack>
        </CardContent>
      </Card>
      <DepartmentMembers id={record.id as string} />
      <CreateDepartmentDialog open={dialog === 'child'} onClose={close} parentId={record.id as string} onCreated={onSelect} />
      <RenameDepartmentDialog open={dialog === 'rename'} onClose={close} record={record} />
      <MoveDepartmentDialog open={dialog === 'move'} onClose={close} record={record} onMoved={onSelect} />
      <LeadersDialog open={dialog === 'leaders'} onClose={close} record={record} />
      <Confirm
        isOpen={dialog === 'archive'}
        loading={archiving}
        title="harbour.departments.archive_title"
        titleTranslateOptions={{ name: record.name }}
        content="harbour.departments.archive_content"
        confirm="harbour.departments.archive"
        confirmColor="warning"
        onConfirm={() => void archive()}
        onClose={close}
      />
    </>
  );
}
