import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import CloseIcon from '@mui/icons-material/Close';
import { Box, Chip, IconButton, Menu, MenuItem, Paper, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { FlowNodeType } from '../../gql/graphql';
import { canBranchIn, edits, newNode, useLocalized, type Definition, type FlowBranch, type FlowNode, type NodePath } from './definition';
import { BranchPanel, NodePanel } from './NodePanel';
import type { PlacedProblem } from './problems';

/** What the side panel edits: a node, or one branch of a condition / parallel node. */
export type Selection = { kind: 'node'; path: NodePath } | { kind: 'branch'; path: NodePath; branch: number };

const LINE = 'grey.400';
const nodeTypes: FlowNodeType[] = ['APPROVAL', 'CC', 'CONDITION', 'PARALLEL'];
// At the deepest level of branching the console reads, only steps (definition.ts BRANCH_LEVELS).
const stepTypes: FlowNodeType[] = ['APPROVAL', 'CC'];
const headerColors: Record<FlowNodeType, string> = { APPROVAL: '#ff943e', CC: '#3296fa', CONDITION: '#15bc83', PARALLEL: '#718dff' };
const samePath = (a: NodePath, b: NodePath) => a.length === b.length && a.every((step, index) => step === b[index]);

interface DesignerContext {
  definition: Definition;
  problems: PlacedProblem[];
  selection: Selection | null;
  select: (selection: Selection) => void;
  insert: (listPath: NodePath, index: number, type: FlowNodeType) => void;
  remove: (path: NodePath) => void;
  move: (path: NodePath, by: -1 | 1) => void;
  addBranch: (path: NodePath) => void;
  removeBranch: (path: NodePath, branch: number) => void;
}

/** Moving a node one place up or down in its list, where there is room (undefined: no button). */
type Moves = { up?: () => void; down?: () => void };

function VerticalLine({ grow = false }: { grow?: boolean }) {
  return <Box sx={{ width: 2, minHeight: 24, flexGrow: grow ? 1 : 0, bgcolor: LINE }} />;
}

/** The line between two steps, with "+" to insert a step there. */
function Connector({ context, listPath, index }: { context: DesignerContext; listPath: NodePath; index: number }) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const where = [...listPath, index].join('-');
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
      <VerticalLine />
      <IconButton
        size="small"
        aria-label={translate('harbour.approvals.designer.insert')}
        data-testid={`flow-insert-${where}`}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ bgcolor: 'primary.main', color: 'primary.contrastText', width: 28, height: 28, '&:hover': { bgcolor: 'primary.dark' } }}
      >
        <AddIcon fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {(canBranchIn(listPath) ? nodeTypes : stepTypes).map((type) => (
          <MenuItem
            key={type}
            onClick={() => {
              setAnchor(null);
              context.insert(listPath, index, type);
            }}
          >
            {translate(`harbour.approvals.node_type.${type}`)}
          </MenuItem>
        ))}
      </Menu>
      <VerticalLine />
    </Box>
  );
}

/** A box of the diagram: a coloured title bar, a summary, a delete button; outlined when selected, red with problems. */
function Card({
  color,
  title,
  children,
  selected,
  failing,
  onClick,
  onDelete,
  onMove,
  testId,
}: {
  color: string;
  title: string;
  children: ReactNode;
  selected: boolean;
  failing: boolean;
  onClick: () => void;
  onDelete?: () => void;
  onMove?: Moves;
  testId: string;
}) {
  return (
    <Paper
      elevation={selected ? 6 : 1}
      data-testid={testId}
      data-problems={failing || undefined}
      onClick={onClick}
      sx={{ width: 220, cursor: 'pointer', overflow: 'hidden', outline: failing ? '2px solid' : selected ? '2px solid' : 'none', outlineColor: failing ? 'error.main' : 'primary.main' }}
    >
      <Box sx={{ bgcolor: color, color: '#fff', px: 1.5, py: 0.5, display: 'flex', alignItems: 'center', minHeight: 32 }}>
        <Typography variant="body2" sx={{ flexGrow: 1, fontWeight: 500 }} noWrap>
          {title}
        </Typography>
        {onMove?.up && <CardButton label="harbour.approvals.designer.move_up" icon={<ArrowUpwardIcon fontSize="small" />} onClick={onMove.up} />}
        {onMove?.down && <CardButton label="harbour.approvals.designer.move_down" icon={<ArrowDownwardIcon fontSize="small" />} onClick={onMove.down} />}
        {onDelete && <CardButton label="harbour.approvals.designer.delete_node" icon={<CloseIcon fontSize="small" />} onClick={onDelete} />}
      </Box>
      <Box sx={{ px: 1.5, py: 1, minHeight: 36 }}>{children}</Box>
    </Paper>
  );
}

/** A small button of a card's title bar (the click does not select the card). */
function CardButton({ label, icon, onClick }: { label: string; icon: ReactNode; onClick: () => void }) {
  const translate = useTranslate();
  return (
    <IconButton
      size="small"
      aria-label={translate(label)}
      onClick={(event) => {
        event.stopPropagation();
        onClick();
      }}
      sx={{ color: 'inherit', p: 0.25 }}
    >
      {icon}
    </IconButton>
  );
}

function approverSummary(node: FlowNode, translate: (key: string) => string): string {
  const rules = node.approvers ?? [];
  if (rules.length === 0) return translate('harbour.approvals.designer.no_approvers');
  return rules.map((rule) => translate(`harbour.approvals.approver_kind.${rule.kind}`)).join('、');
}

function conditionSummary(branch: FlowBranch, translate: (key: string, options?: object) => string): string {
  if (branch.isDefault) return translate('harbour.approvals.designer.default_branch');
  const count = branch.conditions?.length ?? 0;
  return count ? translate('harbour.approvals.designer.conditions_count', { smart_count: count }) : translate('harbour.approvals.designer.no_conditions');
}

/** One branch: its header box (conditions), its steps, and the line down to where the branches join. */
function BranchColumn({ context, node, path, index }: { context: DesignerContext; node: FlowNode; path: NodePath; index: number }) {
  const translate = useTranslate();
  const text = useLocalized();
  const branch = node.branches![index];
  const selected = context.selection?.kind === 'branch' && context.selection.branch === index && samePath(context.selection.path, path);
  const failing = context.problems.some((problem) => problem.area === 'flow' && samePath(problem.path, path) && problem.rest.startsWith(`branches[${index}]`));
  const isCondition = node.type === 'CONDITION';
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', px: 2 }}>
      <VerticalLine />
      <Card
        color={isCondition ? headerColors.CONDITION : headerColors.PARALLEL}
        title={text(branch.name) || translate(isCondition ? 'harbour.approvals.designer.condition_n' : 'harbour.approvals.designer.branch_n', { n: index + 1 })}
        selected={selected}
        failing={failing}
        onClick={() => context.select({ kind: 'branch', path, branch: index })}
        onDelete={node.branches!.length > 2 ? () => context.removeBranch(path, index) : undefined}
        testId={`flow-branch-${[...path, index].join('-')}`}
      >
        <Typography variant="caption" color="text.secondary">
          {isCondition ? conditionSummary(branch, translate) : translate('harbour.approvals.designer.parallel_branch')}
        </Typography>
      </Card>
      <FlowColumn context={context} nodes={branch.nodes} listPath={[...path, index]} />
      <VerticalLine grow />
    </Box>
  );
}

/** A condition or parallel node: "add branch", the branches side by side, joined again below (each a FlowColumn). */
function BranchingNode({ context, node, path, moves }: { context: DesignerContext; node: FlowNode; path: NodePath; moves: Moves }) {
  const translate = useTranslate();
  const text = useLocalized();
  const selected = context.selection?.kind === 'node' && samePath(context.selection.path, path);
  const failing = context.problems.some((problem) => problem.area === 'flow' && samePath(problem.path, path) && !problem.rest.startsWith('branches['));
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
      <Card
        color={headerColors[node.type]}
        title={text(node.name) || translate(`harbour.approvals.node_type.${node.type}`)}
        selected={selected}
        failing={failing}
        onClick={() => context.select({ kind: 'node', path })}
        onDelete={() => context.remove(path)}
        onMove={moves}
        testId={`flow-node-${path.join('-')}`}
      >
        <Chip
          size="small"
          icon={<AddIcon />}
          label={translate(node.type === 'CONDITION' ? 'harbour.approvals.designer.add_condition' : 'harbour.approvals.designer.add_branch')}
          onClick={(event) => {
            event.stopPropagation();
            context.addBranch(path);
          }}
        />
      </Card>
      <VerticalLine />
      <Box sx={{ display: 'flex', alignItems: 'stretch', borderTop: 2, borderBottom: 2, borderColor: LINE }}>
        {node.branches!.map((branch, index) => (
          <BranchColumn key={branch.id} context={context} node={node} path={path} index={index} />
        ))}
      </Box>
    </Box>
  );
}

/** An approval or CC step. */
function StepNode({ context, node, path, moves }: { context: DesignerContext; node: FlowNode; path: NodePath; moves: Moves }) {
  const translate = useTranslate();
  const text = useLocalized();
  const selected = context.selection?.kind === 'node' && samePath(context.selection.path, path);
  const failing = context.problems.some((problem) => problem.area === 'flow' && samePath(problem.path, path));
  return (
    <Card
      color={headerColors[node.type]}
      title={text(node.name) || translate(`harbour.approvals.node_type.${node.type}`)}
      selected={selected}
      failing={failing}
      onClick={() => context.select({ kind: 'node', path })}
      onDelete={() => context.remove(path)}
      onMove={moves}
      testId={`flow-node-${path.join('-')}`}
    >
      <Typography variant="body2">{approverSummary(node, translate)}</Typography>
      {node.type === 'APPROVAL' && node.mode && node.mode !== 'SINGLE' && (
        <Typography variant="caption" color="text.secondary">
          {translate(`harbour.approvals.mode.${node.mode}`)}
        </Typography>
      )}
    </Card>
  );
}

/**
 * A list of steps, top to bottom, with "+" between them: the top-level flow, and (through BranchingNode and BranchColumn)
 * every branch's nodes at any depth.
 */
function FlowColumn({ context, nodes, listPath }: { context: DesignerContext; nodes: FlowNode[]; listPath: NodePath }) {
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
      <Connector context={context} listPath={listPath} index={0} />
      {nodes.map((node, index) => {
        const path = [...listPath, index];
        const moves: Moves = { up: index > 0 ? () => context.move(path, -1) : undefined, down: index < nodes.length - 1 ? () => context.move(path, 1) : undefined };
        return (
          <Box key={node.id} sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
            {node.type === 'CONDITION' || node.type === 'PARALLEL' ? (
              <BranchingNode context={context} node={node} path={path} moves={moves} />
            ) : (
              <StepNode context={context} node={node} path={path} moves={moves} />
            )}
            <Connector context={context} listPath={listPath} index={index + 1} />
          </Box>
        );
      })}
    </Box>
  );
}

function Terminal({ label }: { label: string }) {
  const translate = useTranslate();
  return <Chip label={translate(label)} color="default" sx={{ fontWeight: 500 }} />;
}

/**
 * The flow as a diagram, top to bottom: the applicant, each step, branches side by side and joined below, the end.
 * "+" between steps inserts one; a click on a box opens it in the side panel.
 */
export function FlowDesigner({ definition, onChange, problems }: { definition: Definition; onChange: (next: Definition) => void; problems: PlacedProblem[] }) {
  const [selection, setSelection] = useState<Selection | null>(null);
  const context: DesignerContext = {
    definition,
    problems,
    selection,
    select: setSelection,
    insert(listPath, index, type) {
      onChange(edits.insert(definition, listPath, index, newNode(type)));
      setSelection({ kind: 'node', path: [...listPath, index] });
    },
    remove(path) {
      onChange(edits.remove(definition, path));
      setSelection(null);
    },
    move(path, by) {
      onChange(edits.move(definition, path, by));
      setSelection({ kind: 'node', path: [...path.slice(0, -1), path[path.length - 1] + by] });
    },
    addBranch(path) {
      onChange(edits.addBranch(definition, path));
    },
    removeBranch(path, branch) {
      onChange(edits.removeBranch(definition, path, branch));
      setSelection(null);
    },
  };
  return (
    <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
      <Box sx={{ flexGrow: 1, overflow: 'auto', bgcolor: 'grey.100', borderRadius: 1, p: 3, minHeight: 400 }} data-testid="flow-diagram">
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', minWidth: 'max-content' }}>
          <Terminal label="harbour.approvals.designer.start" />
          <FlowColumn context={context} nodes={definition.flow} listPath={[]} />
          <Terminal label="harbour.approvals.designer.end" />
        </Box>
      </Box>
      {selection && (
        <Paper variant="outlined" sx={{ width: 400, flexShrink: 0, p: 2 }} data-testid="flow-panel">
          {selection.kind === 'node' ? (
            <NodePanel key={selection.path.join('-')} definition={definition} path={selection.path} onChange={onChange} problems={problems} onClose={() => setSelection(null)} />
          ) : (
            <BranchPanel
              key={`${selection.path.join('-')}:${selection.branch}`}
              definition={definition}
              path={selection.path}
              branch={selection.branch}
              onChange={onChange}
              problems={problems}
              onClose={() => setSelection(null)}
            />
          )}
        </Paper>
      )}
    </Box>
  );
}
