import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import PersonOutlineIcon from '@mui/icons-material/PersonOutlined';
import { Alert, Box, Button, Card, CardContent, CardHeader, Chip, Grid, IconButton, List, ListItemButton, ListItemText, Skeleton, Tooltip, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { Title, useCanAccess, useGetList, useNotify, useRefresh, useTranslate, type RaRecord } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { useDepartmentOperations } from './dataProvider';
import { useApiQuery } from '../../hooks/useApiQuery';
import { errorSentence, graphqlRequest } from '../../providers/graphqlClient';
import { DepartmentDetails } from './DepartmentDetails';
import { CreateDepartmentDialog } from './DepartmentDialogs';
import { CAN_CREATE_TOP_LEVEL_DEPARTMENT } from './operations';

interface TreeState {
  selectedId: string | null;
  select: (id: string) => void;
  /** Nodes the person opened or closed; the others are open down to DEFAULT_OPEN_DEPTH. */
  openState: Map<string, boolean>;
  toggle: (id: string, open: boolean) => void;
  /** Whether the person may change the order of sibling departments (the right to move departments). */
  canReorder: boolean;
}

const DEFAULT_OPEN_DEPTH = 2;

function DepartmentChildren({ parentId, depth, tree, parentMovable = true }: { parentId: string | null; depth: number; tree: TreeState; parentMovable?: boolean }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { reorderDepartments } = useDepartmentOperations();
  const filter = parentId ? { parentId } : { rootsOnly: true };
  const { data, isPending, error } = useGetList('departments', { filter, pagination: { page: 1, perPage: 100 } });
  // The sibling being dragged: drops are taken only from the same list of siblings.
  const dragged = useRef<string | null>(null);
  if (isPending) return <Skeleton sx={{ ml: depth * 3 + 2 }} height={36} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data?.length && parentId === null) {
    return (
      <Typography color="text.secondary" sx={{ p: 2 }}>
        {translate('harbour.departments.empty')}
      </Typography>
    );
  }
  const ids = data.map((department) => department.id as string);
  const place = async (id: string, to: number) => {
    const from = ids.indexOf(id);
    if (from < 0 || to < 0 || to >= ids.length || from === to) return;
    const order = [...ids];
    order.splice(to, 0, ...order.splice(from, 1));
    try {
      await reorderDepartments(parentId, order);
      notify('harbour.departments.reordered', { type: 'success' });
    } catch (failure) {
      notify(errorSentence(failure), { type: 'error' });
    }
    refresh();
  };
  const siblings: Siblings = {
    count: ids.length,
    // The API's answers decide: reordering needs the right to move each sibling and the department they are under.
    canReorder: tree.canReorder && ids.length > 1 && parentMovable && data.every((department) => department.viewerCan?.move === true),
    place: (id, to) => void place(id, to),
    startDrag: (id) => (dragged.current = id),
    dropOn: (index) => {
      if (dragged.current) void place(dragged.current, index);
      dragged.current = null;
    },
    isDragging: () => dragged.current !== null,
  };
  return (
    <>
      {data.map((department, index) => (
        <DepartmentNode key={department.id} department={department} depth={depth} tree={tree} index={index} siblings={siblings} />
      ))}
    </>
  );
}

/** What a node needs to move among its siblings (arrows, or native drag and drop). */
interface Siblings {
  count: number;
  canReorder: boolean;
  place: (id: string, to: number) => void;
  startDrag: (id: string) => void;
  dropOn: (index: number) => void;
  isDragging: () => boolean;
}

function DepartmentNode({ department, depth, tree, index, siblings }: { department: RaRecord; depth: number; tree: TreeState; index: number; siblings: Siblings }) {
  const translate = useTranslate();
  const id = department.id as string;
  const hasChildren = department.children.length > 0;
  const open = hasChildren && (tree.openState.get(id) ?? depth < DEFAULT_OPEN_DEPTH);
  const heads = department.leaders.map((leader: RaRecord) => leader.displayName).join('、');
  return (
    <>
      <Box
        sx={{ display: 'flex', alignItems: 'center', pl: { xs: depth * 1.5, sm: depth * 3 } }}
        data-testid="department-row"
        data-name={department.name}
        draggable={siblings.canReorder}
        onDragStart={(event) => {
          event.stopPropagation();
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', department.name);
          siblings.startDrag(id);
        }}
        onDragOver={(event) => {
          if (!siblings.isDragging()) return;
          event.preventDefault();
          event.stopPropagation();
        }}
        onDrop={(event) => {
          if (!siblings.isDragging()) return;
          event.preventDefault();
          event.stopPropagation();
          siblings.dropOn(index);
        }}
      >
        <IconButton
          size="small"
          aria-label={translate(open ? 'harbour.departments.collapse' : 'harbour.departments.expand', { name: department.name })}
          aria-expanded={open}
          sx={{ visibility: hasChildren ? 'visible' : 'hidden' }}
          onClick={() => tree.toggle(id, !open)}
        >
          {open ? <ExpandMoreIcon fontSize="small" /> : <ChevronRightIcon fontSize="small" />}
        </IconButton>
        <ListItemButton dense selected={tree.selectedId === id} onClick={() => tree.select(id)} data-testid="department-node" sx={{ borderRadius: 1, minWidth: 0 }}>
          <ListItemText
            primary={department.name}
            secondary={heads ? translate('harbour.departments.heads', { names: heads }) : undefined}
            slotProps={{ primary: { sx: { wordBreak: 'keep-all', overflowWrap: 'anywhere' } }, secondary: { 'data-testid': 'department-heads' } as object }}
          />
          {department.code && <Chip size="small" variant="outlined" label={department.code} sx={{ ml: 1, display: { xs: 'none', sm: 'inline-flex' } }} />}
          <Tooltip title={translate('harbour.departments.headcount_hint')}>
            <Chip
              size="small"
              icon={<PersonOutlineIcon />}
              label={translate('harbour.departments.headcount', { smart_count: department.headcount })}
              sx={{ ml: 1 }}
              data-testid="department-headcount"
            />
          </Tooltip>
        </ListItemButton>
        {siblings.canReorder && (
          <Box sx={{ display: 'flex', flexShrink: 0 }}>
            <IconButton size="small" disabled={index === 0} aria-label={translate('harbour.departments.move_up', { name: department.name })} onClick={() => siblings.place(id, index - 1)}>
              <ArrowUpwardIcon fontSize="inherit" />
            </IconButton>
            <IconButton
              size="small"
              disabled={index === siblings.count - 1}
              aria-label={translate('harbour.departments.move_down', { name: department.name })}
              onClick={() => siblings.place(id, index + 1)}
            >
              <ArrowDownwardIcon fontSize="inherit" />
            </IconButton>
          </Box>
        )}
      </Box>
      {open && <DepartmentChildren parentId={id} depth={depth + 1} tree={tree} parentMovable={department.viewerCan?.move === true} />}
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
  const canReorder = useCanAccess({ resource: 'departments', action: 'move' }).canAccess;
  const selectedId = params.get('selected');
  const tree: TreeState = {
    selectedId,
    select: (id) => setParams({ selected: id }),
    openState,
    toggle: (id, open) => setOpenState((current) => new Map(current).set(id, open)),
    canReorder: canReorder ?? false,
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
            <CardContent sx={{ pt: 0, px: { xs: 1, sm: 2 } }}>
              {canReorder && (
                <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
                  {translate('harbour.departments.drag_hint')}
                </Typography>
              )}
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
