import AddIcon from '@mui/icons-material/Add';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Box, Button, Card, CardContent, CardHeader, Chip, Grid, IconButton, List, ListItemButton, ListItemText, Skeleton, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../../hooks/useApiQuery';
import { graphqlRequest } from '../../providers/graphqlClient';
import { DepartmentDetails } from './DepartmentDetails';
import { CreateDepartmentDialog } from './DepartmentDialogs';
import { CAN_CREATE_TOP_LEVEL_DEPARTMENT } from './operations';

interface TreeState {
  selectedId: string | null;
  select: (id: string) => void;
  /** Nodes the person opened or closed; the others are open down to DEFAULT_OPEN_DEPTH. */
  openState: Map<string, boolean>;
  toggle: (id: string, open: boolean) => void;
}

const DEFAULT_OPEN_DEPTH = 2;

function DepartmentChildren({ parentId, depth, tree }: { parentId: string | null; depth: number; tree: TreeState }) {
  const translate = useTranslate();
  const filter = parentId ? { parentId } : { rootsOnly: true };
  const { data, isPending, error } = useGetList('departments', { filter, pagination: { page: 1, perPage: 100 } });
  if (isPending) return <Skeleton sx={{ ml: depth * 3 + 2 }} height={36} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data?.length && parentId === null) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {translate('harbour.departments.empty')}
      </Typography>
    );
  }
  return (
    <>
      {data?.map((department) => (
        <DepartmentNode key={department.id} department={department} depth={depth} tree={tree} />
      ))}
    </>
  );
}

function DepartmentNode({ department, depth, tree }: { department: RaRecord; depth: number; tree: TreeState }) {
  const translate = useTranslate();
  const hasChildren = department.children.length > 0;
  const open = hasChildren && (tree.openState.get(department.id as string) ?? depth < DEFAULT_OPEN_DEPTH);
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', pl: depth * 3 }}>
        <IconButton
          size="small"
          aria-label={translate(open ? 'harbour.departments.collapse' : 'harbour.departments.expand', { name: department.name })}
          aria-expanded={open}
          sx={{ visibility: hasChildren ? 'visible' : 'hidden' }}
          onClick={() => tree.toggle(department.id as string, !open)}
        >
          {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
        </IconButton>
        <ListItemButton dense selected={tree.selectedId === department.id} onClick={() => tree.select(department.id as string)} data-testid="department-node" sx={{ borderRadius: 1 }}>
          <ListItemText primary={department.name} />
          {department.code && <Chip size="small" variant="outlined" label={department.code} sx={{ ml: 1 }} />}
        </ListItemButton>
      </Box>
      {open && <DepartmentChildren parentId={department.id as string} depth={depth + 1} tree={tree} />}
    </>
  );
}

/** The department tree (`departments(rootsOnly)` then each node's children) beside the selected department's details. */
export function DepartmentTree() {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const [openState, setOpenState] = useState<Map<string, boolean>>(new Map());
  const [creating, setCreating] = useState(false);
  const canCreate = useApiQuery(async () => (await graphqlRequest(CAN_CREATE_TOP_LEVEL_DEPARTMENT)).viewerCanCreateTopLevelDepartment).data === true;
  const selectedId = params.get('selected');
  const tree: TreeState = {
    selectedId,
    select: (id) => setParams({ selected: id }),
    openState,
    toggle: (id, open) => setOpenState((current) => new Map(current).set(id, open)),
  };
  const reveal = (id: string, parentId: string | null) => {
    if (parentId) tree.toggle(parentId, true);
    setParams({ selected: id });
  };
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('resources.departments.name', { smart_count: 2 })} />
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, md: 5, lg: 4 }}>
          <Card>
            <CardHeader
              title={translate('harbour.departments.tree_title')}
              slotProps={{ title: { variant: 'h6', component: 'h2' } }}
              action={
                canCreate && (
                  <Button startIcon={<AddIcon />} onClick={() => setCreating(true)}>
                    {translate('harbour.departments.add_top_level')}
                  </Button>
                )
              }
            />
            <CardContent sx={{ pt: 0 }}>
              <List component="nav" aria-label={translate('harbour.departments.tree_title')} dense disablePadding>
                <DepartmentChildren parentId={null} depth={0} tree={tree} />
              </List>
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 7, lg: 8 }}>
          {selectedId ? (
            <DepartmentDetails id={selectedId} onSelect={reveal} onArchived={() => setParams({})} />
          ) : (
            <Card>
              <CardContent>
                <Typography color="text.secondary">{translate('harbour.departments.select_hint')}</Typography>
              </CardContent>
            </Card>
          )}
        </Grid>
      </Grid>
      <CreateDepartmentDialog open={creating} parentId={null} onClose={() => setCreating(false)} onCreated={reveal} />
    </Box>
  );
}
