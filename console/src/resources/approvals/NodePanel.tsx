import AddIcon from '@mui/icons-material/Add';
import CloseIcon from '@mui/icons-material/Close';
import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Box, Button, Divider, FormControlLabel, IconButton, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ApprovalMode, ApproverKind, ApproverRuleInput, CcTiming, ConditionOperand, ConditionOperator, FieldAccess, FlowConditionInput, TimeoutAction } from '../../gql/graphql';
import { changed, nodeAt, useLocalized, type Definition, type FlowBranch, type FlowNode, type NodePath } from './definition';
import { ListPicker, SearchPicker } from './Pickers';
import { problemAt, problemsUnder, type PlacedProblem } from './problems';

const modes: ApprovalMode[] = ['SINGLE', 'SEQUENTIAL', 'COUNTERSIGN', 'OR_SIGN', 'RATIO'];
const approverKinds: ApproverKind[] = ['DIRECT_MANAGER', 'NTH_MANAGER', 'MANAGER_CHAIN', 'FIRST_MANAGER_AT_RANK', 'DEPARTMENT_HEAD', 'ROLE', 'PEOPLE', 'FORM_FIELD', 'APPLICANT_CHOOSES'];
const ccTimings: CcTiming[] = ['ON_REACH', 'ON_FINISH', 'BOTH'];
const accesses: FieldAccess[] = ['READ_ONLY', 'EDITABLE', 'HIDDEN'];
const timeoutActions: TimeoutAction[] = ['NONE', 'APPROVE', 'REJECT'];
const operands: ConditionOperand[] = ['FIELD', 'APPLICANT_DEPARTMENT', 'APPLICANT_RANK', 'APPLICANT_ROLE'];
const operators: ConditionOperator[] = ['EQ', 'NE', 'GT', 'GTE', 'LT', 'LTE', 'IN', 'NOT_IN', 'IS_EMPTY', 'IS_NOT_EMPTY'];

/** A select of translated choices. */
function Choice<T extends string>({
  label,
  value,
  choices,
  labelPrefix,
  onChange,
  error,
  testId,
}: {
  label: string;
  value: T | null | undefined;
  choices: T[];
  labelPrefix: string;
  onChange: (value: T) => void;
  error?: string;
  testId?: string;
}) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      fullWidth
      label={translate(label)}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value as T)}
      error={Boolean(error)}
      helperText={error}
      data-testid={testId}
    >
      {choices.map((choice) => (
        <MenuItem key={choice} value={choice}>
          {translate(`harbour.${labelPrefix}.${choice}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** The name of a node or branch in the two languages staff read. */
function NameInputs({ name, onChange }: { name: FlowNode['name']; onChange: (name: FlowNode['name']) => void }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1}>
      <TextField size="small" label={translate('harbour.approvals.name_zh_hk')} value={name?.zhHK ?? ''} onChange={(event) => onChange({ ...name, zhHK: event.target.value })} />
      <TextField size="small" label={translate('harbour.approvals.name_en')} value={name?.en ?? ''} onChange={(event) => onChange({ ...name, en: event.target.value })} />
    </Stack>
  );
}

/** One approver rule: its kind and what that kind needs (people, a role, a rank, a level, a department, a form field). */
function ApproverRuleEditor({
  rule,
  definition,
  onChange,
  onRemove,
  error,
}: {
  rule: ApproverRuleInput;
  definition: Definition;
  onChange: (rule: ApproverRuleInput) => void;
  onRemove: () => void;
  error: (rest: string) => string | undefined;
}) {
  const translate = useTranslate();
  const text = useLocalized();
  const pickable = definition.form.filter((field) => field.type === 'PERSON' || field.type === 'DEPARTMENT');
  const { kind } = rule;
  return (
    <Box sx={{ display: 'grid', gap: 1, p: 1, border: 1, borderColor: 'divider', borderRadius: 1 }} data-testid="approver-rule">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Choice label="harbour.approvals.rule.kind" value={kind} choices={approverKinds} labelPrefix="approvals.approver_kind" onChange={(next) => onChange({ kind: next })} />
        <IconButton size="small" aria-label={translate('harbour.approvals.rule.remove')} onClick={onRemove}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Stack>
      {(kind === 'PEOPLE' || kind === 'APPLICANT_CHOOSES') && (
        <SearchPicker
          resource="people"
          multiple
          label="harbour.approvals.rule.people"
          value={(rule.personIds ?? []).map(String)}
          onChange={(ids) => onChange({ ...rule, personIds: ids })}
          error={error('personIds')}
        />
      )}
      {(kind === 'ROLE' || kind === 'APPLICANT_CHOOSES') && (
        <ListPicker resource="roles" label="harbour.approvals.rule.role" value={rule.roleKey} onChange={(roleKey) => onChange({ ...rule, roleKey })} error={error('roleKey')} />
      )}
      {(kind === 'FIRST_MANAGER_AT_RANK' || kind === 'MANAGER_CHAIN') && (
        <ListPicker resource="jobRanks" label="harbour.approvals.rule.rank" value={rule.rankCode} onChange={(rankCode) => onChange({ ...rule, rankCode })} error={error('rankCode')} />
      )}
      {(kind === 'NTH_MANAGER' || kind === 'MANAGER_CHAIN' || kind === 'DEPARTMENT_HEAD') && (
        <TextField
          size="small"
          type="number"
          label={translate(`harbour.approvals.rule.level_${kind}`)}
          value={rule.level ?? ''}
          onChange={(event) => onChange({ ...rule, level: numberOrNull(event.target.value) })}
          error={Boolean(error('level'))}
          helperText={error('level')}
        />
      )}
      {kind === 'DEPARTMENT_HEAD' && (
        <SearchPicker
          resource="departments"
          label="harbour.approvals.rule.department"
          value={rule.departmentId ? [String(rule.departmentId)] : []}
          onChange={([id]) => onChange({ ...rule, departmentId: id ?? null })}
          error={error('departmentId')}
        />
      )}
      {kind === 'FORM_FIELD' && (
        <TextField
          select
          size="small"
          label={translate('harbour.approvals.rule.field')}
          value={rule.field ?? ''}
          onChange={(event) => onChange({ ...rule, field: event.target.value })}
          error={Boolean(error('field'))}
          helperText={error('field') ?? translate('harbour.approvals.rule.field_help')}
        >
          {pickable.map((field) => (
            <MenuItem key={field.key} value={field.key}>
              {text(field.label) || field.key}
            </MenuItem>
          ))}
        </TextField>
      )}
    </Box>
  );
}

function PanelHeader({ title, onClose }: { title: string; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
      <Typography variant="subtitle1" sx={{ flexGrow: 1 }}>
        {title}
      </Typography>
      <IconButton size="small" aria-label={translate('ra.action.close')} onClick={onClose}>
        <CloseIcon fontSize="small" />
      </IconButton>
    </Stack>
  );
}

/** The problems the API found in the selected node or branch that no input below shows. */
function Problems({ problems, shown }: { problems: PlacedProblem[]; shown: (rest: string) => boolean }) {
  const left = problems.filter((problem) => !shown(problem.rest));
  if (left.length === 0) return null;
  return (
    <Alert severity="error" sx={{ mb: 1 }} data-testid="node-problems">
      {left.map((problem, index) => (
        <div key={index}>{problem.message}</div>
      ))}
    </Alert>
  );
}

interface NodePanelProps {
  definition: Definition;
  path: NodePath;
  onChange: (next: Definition) => void;
  problems: PlacedProblem[];
  onClose: () => void;
}

/** Edits one node: name; for approvals the mode, ratio, approvers, field permissions and time limit; for CC its recipients and timing. */
export function NodePanel({ definition, path, onChange, problems, onClose }: NodePanelProps) {
  const translate = useTranslate();
  const text = useLocalized();
  const node = nodeAt(definition, path);
  if (!node) return null;
  const update = (change: (node: FlowNode) => void) => onChange(changed(definition, (draft) => change(nodeAt(draft, path)!)));
  const mine = problemsUnder(problems, 'flow', path);
  const error = (rest: string) => problemAt(problems, 'flow', path, rest);
  const inputs = new Set(['mode', 'ratioPercent', 'ccTiming', 'timeLimit.hours', 'timeLimit.remindBeforeHours', 'timeLimit.escalate']);
  const approvers = node.approvers ?? [];
  const ruleInputs = /^approvers\[\d+\]\.(personIds|roleKey|rankCode|level|departmentId|field)$/;
  const access = (key: string) => node.fieldPermissions?.find((permission) => permission.field === key)?.access ?? 'READ_ONLY';
  return (
    <Stack spacing={1.5}>
      <PanelHeader title={translate(`harbour.approvals.node_type.${node.type}`)} onClose={onClose} />
      <Problems problems={mine} shown={(rest) => inputs.has(rest) || ruleInputs.test(rest)} />
      <NameInputs name={node.name} onChange={(name) => update((draft) => (draft.name = name))} />
      {node.type === 'APPROVAL' && (
        <>
          <Choice
            label="harbour.approvals.node.mode"
            value={node.mode ?? 'SINGLE'}
            choices={modes}
            labelPrefix="approvals.mode"
            error={error('mode')}
            onChange={(mode) =>
              update((draft) => {
                draft.mode = mode;
                draft.ratioPercent = mode === 'RATIO' ? (draft.ratioPercent ?? 50) : null;
              })
            }
          />
          {node.mode === 'RATIO' && (
            <TextField
              size="small"
              type="number"
              label={translate('harbour.approvals.node.ratio')}
              value={node.ratioPercent ?? ''}
              onChange={(event) => update((draft) => (draft.ratioPercent = numberOrNull(event.target.value)))}
              error={Boolean(error('ratioPercent'))}
              helperText={error('ratioPercent')}
            />
          )}
        </>
      )}
      {(node.type === 'APPROVAL' || node.type === 'CC') && (
        <>
          <Divider textAlign="left">{translate(node.type === 'CC' ? 'harbour.approvals.node.recipients' : 'harbour.approvals.node.approvers')}</Divider>
          {approvers.map((rule, index) => (
            <ApproverRuleEditor
              key={index}
              rule={rule}
              definition={definition}
              onChange={(next) => update((draft) => (draft.approvers![index] = next))}
              onRemove={() => update((draft) => draft.approvers!.splice(index, 1))}
              error={(rest) => error(`approvers[${index}].${rest}`)}
            />
          ))}
          <Button size="small" startIcon={<AddIcon />} onClick={() => update((draft) => (draft.approvers = [...(draft.approvers ?? []), { kind: 'DIRECT_MANAGER' }]))}>
            {translate('harbour.approvals.rule.add')}
          </Button>
        </>
      )}
      {node.type === 'CC' && (
        <Choice
          label="harbour.approvals.node.cc_timing"
          value={node.ccTiming ?? 'ON_REACH'}
          choices={ccTimings}
          labelPrefix="approvals.cc_timing"
          error={error('ccTiming')}
          onChange={(ccTiming) => update((draft) => (draft.ccTiming = ccTiming))}
        />
      )}
      {node.type === 'APPROVAL' && definition.form.length > 0 && (
        <>
          <Divider textAlign="left">{translate('harbour.approvals.node.field_permissions')}</Divider>
          {definition.form.map((field) => (
            <Choice
              key={field.key}
              label={text(field.label) || field.key}
              value={access(field.key)}
              choices={accesses}
              labelPrefix="approvals.access"
              onChange={(next) =>
                update((draft) => {
                  // Unlisted fields are read-only: only the exceptions are kept.
                  const others = (draft.fieldPermissions ?? []).filter((permission) => permission.field !== field.key);
                  draft.fieldPermissions = next === 'READ_ONLY' ? others : [...others, { field: field.key, access: next }];
                })
              }
            />
          ))}
        </>
      )}
      {node.type === 'APPROVAL' && (
        <>
          <Divider textAlign="left">{translate('harbour.approvals.node.time_limit')}</Divider>
          <FormControlLabel
            control={<Switch checked={Boolean(node.timeLimit)} onChange={(event) => update((draft) => (draft.timeLimit = event.target.checked ? { hours: 24, timeoutAction: 'NONE' } : null))} />}
            label={translate('harbour.approvals.node.has_time_limit')}
          />
          {node.timeLimit && (
            <>
              <Stack direction="row" spacing={1}>
                <TextField
                  size="small"
                  type="number"
                  label={translate('harbour.approvals.node.hours')}
                  value={node.timeLimit.hours}
                  onChange={(event) => update((draft) => (draft.timeLimit!.hours = Number(event.target.value)))}
                  error={Boolean(error('timeLimit.hours'))}
                  helperText={error('timeLimit.hours')}
                />
                <TextField
                  size="small"
                  type="number"
                  label={translate('harbour.approvals.node.remind_before')}
                  value={node.timeLimit.remindBeforeHours ?? ''}
                  onChange={(event) => update((draft) => (draft.timeLimit!.remindBeforeHours = numberOrNull(event.target.value)))}
                  error={Boolean(error('timeLimit.remindBeforeHours'))}
                  helperText={error('timeLimit.remindBeforeHours')}
                />
              </Stack>
              <Choice
                label="harbour.approvals.node.timeout_action"
                value={node.timeLimit.timeoutAction ?? 'NONE'}
                choices={timeoutActions}
                labelPrefix="approvals.timeout_action"
                onChange={(timeoutAction) => update((draft) => (draft.timeLimit!.timeoutAction = timeoutAction))}
              />
              <FormControlLabel
                control={<Switch checked={Boolean(node.timeLimit.escalate)} onChange={(event) => update((draft) => (draft.timeLimit!.escalate = event.target.checked))} />}
                label={translate('harbour.approvals.node.escalate')}
              />
              {error('timeLimit.escalate') && (
                <Typography color="error" variant="caption">
                  {error('timeLimit.escalate')}
                </Typography>
              )}
            </>
          )}
        </>
      )}
    </Stack>
  );
}

/** The form fields a condition can test, with the derived values (a money amount, a table's total, a range's length). */
function conditionFields(definition: Definition, text: (label: FlowNode['name']) => string, translate: (key: string) => string): { value: string; label: string }[] {
  return definition.form.flatMap((field) => {
    const label = text(field.label) || field.key;
    switch (field.type) {
      case 'MONEY':
        return [{ value: `${field.key}.amount`, label }];
      case 'TABLE':
        return [{ value: `${field.key}.total`, label: `${label} · ${translate('harbour.approvals.condition.total')}` }];
      case 'DATE_RANGE':
        return [
          { value: `${field.key}.workingDays`, label: `${label} · ${translate('harbour.approvals.condition.working_days')}` },
          { value: `${field.key}.workingHours`, label: `${label} · ${translate('harbour.approvals.condition.working_hours')}` },
        ];
      default:
        return [{ value: field.key, label }];
    }
  });
}

/** One condition of a branch: what it tests, how, and against which values. */
function ConditionEditor({
  condition,
  definition,
  onChange,
  onRemove,
  error,
}: {
  condition: FlowConditionInput;
  definition: Definition;
  onChange: (next: FlowConditionInput) => void;
  onRemove: () => void;
  error: (rest: string) => string | undefined;
}) {
  const translate = useTranslate();
  const text = useLocalized();
  const values = condition.values ?? [];
  const needsValues = condition.operator !== 'IS_EMPTY' && condition.operator !== 'IS_NOT_EMPTY';
  return (
    <Box sx={{ display: 'grid', gap: 1, p: 1, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Choice
          label="harbour.approvals.condition.operand"
          value={condition.operand}
          choices={operands}
          labelPrefix="approvals.operand"
          onChange={(operand) => onChange({ operand, operator: 'EQ', values: [] })}
        />
        <IconButton size="small" aria-label={translate('harbour.approvals.condition.remove')} onClick={onRemove}>
          <DeleteIcon fontSize="small" />
        </IconButton>
      </Stack>
      {condition.operand === 'FIELD' && (
        <TextField
          select
          size="small"
          label={translate('harbour.approvals.condition.field')}
          value={condition.field ?? ''}
          onChange={(event) => onChange({ ...condition, field: event.target.value })}
          error={Boolean(error('field'))}
          helperText={error('field')}
        >
          {conditionFields(definition, text, translate).map((choice) => (
            <MenuItem key={choice.value} value={choice.value}>
              {choice.label}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Choice
        label="harbour.approvals.condition.operator"
        value={condition.operator}
        choices={operators}
        labelPrefix="approvals.operator"
        onChange={(operator) => onChange({ ...condition, operator })}
        error={error('operator')}
      />
      {needsValues && condition.operand === 'FIELD' && (
        <TextField
          size="small"
          label={translate('harbour.approvals.condition.values')}
          helperText={error('values') ?? translate('harbour.approvals.condition.values_help')}
          error={Boolean(error('values'))}
          value={values.join(', ')}
          onChange={(event) => onChange({ ...condition, values: event.target.value.split(',').map((value) => value.trim()) })}
        />
      )}
      {needsValues && condition.operand === 'APPLICANT_DEPARTMENT' && (
        <SearchPicker
          resource="departments"
          multiple
          label="harbour.approvals.condition.departments"
          value={values}
          onChange={(ids) => onChange({ ...condition, values: ids })}
          error={error('values')}
        />
      )}
      {needsValues && condition.operand === 'APPLICANT_RANK' && (
        <ListPicker resource="jobRanks" label="harbour.approvals.rule.rank" value={values[0]} onChange={(code) => onChange({ ...condition, values: [code] })} error={error('values')} />
      )}
      {needsValues && condition.operand === 'APPLICANT_ROLE' && (
        <ListPicker resource="roles" label="harbour.approvals.rule.role" value={values[0]} onChange={(key) => onChange({ ...condition, values: [key] })} error={error('values')} />
      )}
    </Box>
  );
}

/** Edits one branch: its name and, for a condition, whether it is the default or the tests that choose it. */
export function BranchPanel({ definition, path, branch: index, onChange, problems, onClose }: NodePanelProps & { branch: number }) {
  const translate = useTranslate();
  const node = nodeAt(definition, path);
  const branch = node?.branches?.[index];
  if (!node || !branch) return null;
  const update = (change: (branch: FlowBranch, node: FlowNode) => void) =>
    onChange(
      changed(definition, (draft) => {
        const target = nodeAt(draft, path)!;
        change(target.branches![index], target);
      }),
    );
  const at = `branches[${index}]`;
  const error = (rest: string) => problemAt(problems, 'flow', path, `${at}.${rest}`);
  const conditions = branch.conditions ?? [];
  return (
    <Stack spacing={1.5}>
      <PanelHeader title={translate(node.type === 'CONDITION' ? 'harbour.approvals.designer.condition_n' : 'harbour.approvals.designer.branch_n', { n: index + 1 })} onClose={onClose} />
      <Problems problems={problemsUnder(problems, 'flow', path, at)} shown={(rest) => /^branches\[\d+\]\.conditions\[\d+\]\.(field|operator|values)$/.test(rest)} />
      <NameInputs name={branch.name} onChange={(name) => update((draft) => (draft.name = name))} />
      {node.type === 'CONDITION' && (
        <>
          <FormControlLabel
            control={
              <Switch
                checked={Boolean(branch.isDefault)}
                onChange={(event) =>
                  update((draft, parent) => {
                    // One default per condition: the branch taken when no other matches, tested without conditions.
                    if (event.target.checked) for (const other of parent.branches!) other.isDefault = null;
                    draft.isDefault = event.target.checked || null;
                    draft.conditions = event.target.checked ? null : [];
                  })
                }
              />
            }
            label={translate('harbour.approvals.designer.default_branch')}
          />
          {!branch.isDefault && (
            <>
              {conditions.map((condition, c) => (
                <ConditionEditor
                  key={c}
                  condition={condition}
                  definition={definition}
                  onChange={(next) => update((draft) => (draft.conditions![c] = next))}
                  onRemove={() => update((draft) => draft.conditions!.splice(c, 1))}
                  error={(rest) => error(`conditions[${c}].${rest}`)}
                />
              ))}
              <Button size="small" startIcon={<AddIcon />} onClick={() => update((draft) => (draft.conditions = [...(draft.conditions ?? []), { operand: 'FIELD', operator: 'GT', values: [] }]))}>
                {translate('harbour.approvals.condition.add')}
              </Button>
            </>
          )}
        </>
      )}
    </Stack>
  );
}
