import AddIcon from '@mui/icons-material/Add';
import ClearIcon from '@mui/icons-material/Clear';
import { Alert, Box, Button, Checkbox, FormControlLabel, IconButton, LinearProgress, Switch, TextField, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import type { PermissionScope } from '../../gql/graphql';
import type { PermissionVocabulary } from './dataProvider';
import { DepartmentsPicker } from './DepartmentsPicker';
import { choicesToRules, detailFields, newGrant, rulesToChoices, type Grant, type PermissionChoices, type SubjectChoice } from './permissionForm';
import { RuleEditor } from './RuleEditor';
import { toRuleInputs, type RuleFormValue } from './ruleForm';
import { usePermissionVocabulary } from './usePermissionVocabulary';

type VocabularySubject = PermissionVocabulary['subjects'][number];

/** The scope picker's value for a scope option or a grant: named scopes share one enum value, so their name tells them apart. */
const optionValue = (scope: PermissionScope, name: string | null | undefined) => (name ? `${scope}:${name}` : scope);

/**
 * Switches (read: protected fields) or checkboxes (update: details) over labelled fields. With `keepOne`, the last field
 * ticked cannot be unticked: an edit grant limited to no details cannot be saved, and without a list it means every one.
 */
function FieldChoice({
  fields,
  chosen,
  onChange,
  switches,
  keepOne = false,
}: {
  fields: { name: string; label: string }[];
  chosen: string[];
  onChange: (fields: string[]) => void;
  switches: boolean;
  keepOne?: boolean;
}) {
  const Control = switches ? Switch : Checkbox;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 1 }}>
      {fields.map((field) => {
        const checked = chosen.includes(field.name);
        return (
          <FormControlLabel
            key={field.name}
            label={field.label}
            control={
              <Control
                size="small"
                checked={checked}
                disabled={keepOne && checked && chosen.length === 1}
                onChange={(event) => onChange(event.target.checked ? [...chosen, field.name] : chosen.filter((name) => name !== field.name))}
              />
            }
          />
        );
      })}
    </Box>
  );
}

/** One grant of an action: how far it reaches (and which departments), and for read/update which fields go with it. */
function GrantLine({
  subject,
  action,
  grant,
  index,
  onChange,
  onRemove,
}: {
  subject: VocabularySubject;
  action: string;
  grant: Grant;
  index: number;
  onChange: (grant: Grant) => void;
  onRemove?: () => void;
}) {
  const translate = useTranslate();
  const details = [...subject.openFieldLabels, ...subject.protectedFieldLabels].filter((field) => detailFields(subject).includes(field.name));
  return (
    <Box sx={{ pl: 4, pb: 0.5 }} data-testid={`grant-${index}`}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        {subject.scopes.length > 1 && (
          <TextField
            select
            size="small"
            label={translate('harbour.roles.scope')}
            value={optionValue(grant.scope, grant.named)}
            onChange={(event) => {
              const option = subject.scopes.find((candidate) => optionValue(candidate.scope, candidate.name) === event.target.value)!;
              onChange({ ...grant, scope: option.scope, named: option.name ?? null, departmentIds: [] });
            }}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            fullWidth={false}
            sx={{ minWidth: 200 }}
          >
            {subject.scopes.map((option) => (
              <option key={optionValue(option.scope, option.name)} value={optionValue(option.scope, option.name)}>
                {option.label}
              </option>
            ))}
          </TextField>
        )}
        {grant.scope === 'CHOSEN_DEPARTMENTS' && (
          <DepartmentsPicker label={translate('harbour.roles.departments')} value={grant.departmentIds} onChange={(departmentIds) => onChange({ ...grant, departmentIds })} />
        )}
        {onRemove && (
          <Tooltip title={translate('harbour.roles.remove_scope')}>
            <IconButton size="small" aria-label={translate('harbour.roles.remove_scope')} onClick={onRemove}>
              <ClearIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        )}
      </Box>
      {action === 'read' && subject.protectedFieldLabels.length > 0 && (
        <Box sx={{ mt: 0.5 }} data-testid="protected-fields">
          <Typography variant="body2" color="text.secondary">
            {translate('harbour.roles.protected_fields')}
          </Typography>
          <FieldChoice switches fields={subject.protectedFieldLabels} chosen={grant.fields ?? []} onChange={(fields) => onChange({ ...grant, fields })} />
        </Box>
      )}
      {action === 'update' && details.length > 0 && (
        <Box sx={{ mt: 0.5 }} data-testid="details">
          <TextField
            select
            size="small"
            label={translate('harbour.roles.which_details')}
            value={grant.fields ? 'some' : 'all'}
            // "Only these" starts from every detail, to untick the ones not to be changed.
            onChange={(event) => onChange({ ...grant, fields: event.target.value === 'some' ? details.map((field) => field.name) : null })}
            slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
            fullWidth={false}
            sx={{ minWidth: 200 }}
          >
            <option value="all">{translate('harbour.roles.all_details')}</option>
            <option value="some">{translate('harbour.roles.some_details')}</option>
          </TextField>
          {grant.fields && <FieldChoice switches={false} keepOne fields={details} chosen={grant.fields} onChange={(fields) => onChange({ ...grant, fields })} />}
        </Box>
      )}
    </Box>
  );
}

/** One action of a subject: its checkbox and, once ticked, its grants with "add another scope". */
function ActionBlock({
  subject,
  action,
  label,
  grants,
  implied,
  onChange,
}: {
  subject: VocabularySubject;
  action: string;
  label: string;
  grants: Grant[] | undefined;
  implied: boolean;
  onChange: (grants: Grant[] | undefined) => void;
}) {
  const translate = useTranslate();
  const set = (index: number, grant: Grant | undefined) => {
    const next = (grants ?? []).flatMap((current, i) => (i !== index ? [current] : grant ? [grant] : []));
    onChange(next.length ? next : undefined);
  };
  return (
    <Box data-testid={`action-${action}`}>
      <FormControlLabel
        label={label}
        control={<Checkbox size="small" checked={Boolean(grants) || implied} disabled={implied} onChange={(event) => onChange(event.target.checked ? [newGrant(action)] : undefined)} />}
      />
      {grants?.map((grant, index) => (
        <GrantLine
          key={index}
          subject={subject}
          action={action}
          grant={grant}
          index={index}
          onChange={(next) => set(index, next)}
          onRemove={grants.length > 1 ? () => set(index, undefined) : undefined}
        />
      ))}
      {grants && action !== 'manage' && (
        <Button size="small" startIcon={<AddIcon />} sx={{ ml: 4 }} onClick={() => onChange([...grants, newGrant(action)])}>
          {translate('harbour.roles.add_scope')}
        </Button>
      )}
    </Box>
  );
}

/** A subject's actions ("everything" first); read is implied by "read everything", every action by "everything". */
function SubjectPermissions({
  subject,
  choice,
  readEverything,
  onChange,
}: {
  subject: VocabularySubject;
  choice: SubjectChoice | undefined;
  readEverything: boolean;
  onChange: (choice: SubjectChoice | undefined) => void;
}) {
  const { actionLabel } = usePermissionVocabulary();
  const managed = Boolean(choice?.actions.manage);
  const setAction = (action: string, grants: Grant[] | undefined) => {
    const actions = { ...choice?.actions };
    if (grants) actions[action] = grants;
    else delete actions[action];
    onChange(Object.keys(actions).length ? { actions } : undefined);
  };
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1.5 }} data-testid={`subject-${subject.name}`}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500, '&::first-letter': { textTransform: 'uppercase' } }}>
        {subject.label}
      </Typography>
      {['manage', ...subject.actions].map((action) => (
        <ActionBlock
          key={action}
          subject={subject}
          action={action}
          label={actionLabel(action)}
          grants={choice?.actions[action]}
          implied={action !== 'manage' && (managed || (action === 'read' && readEverything && !choice?.actions.read))}
          onChange={(grants) => setAction(action, grants)}
        />
      ))}
    </Box>
  );
}

/**
 * The rules of a role as checkboxes of actions per subject, each with one or more grants (scope, protected fields for
 * read, details for update), and role-wide "everything" and "read everything"; the JSON rule editor stays behind
 * "advanced". The form's `rules` remain the one source: the checkboxes are read from them and write them. Rules the
 * checkboxes cannot show exactly keep the role in the advanced editor, so nothing is lost.
 */
export function PermissionEditor() {
  const translate = useTranslate();
  const { vocabulary, isPending } = usePermissionVocabulary();
  const { field } = useInput({ source: 'rules' });
  const rules = field.value as RuleFormValue[] | undefined;
  const [advanced, setAdvanced] = useState(false);
  const inputs = toRuleInputs(rules);
  const choices = vocabulary && inputs ? rulesToChoices(inputs, vocabulary) : null;
  const handWritten = Boolean(vocabulary) && !choices;
  const update = (next: PermissionChoices) => field.onChange(choicesToRules(next, vocabulary!, inputs ?? []));
  return (
    <Box sx={{ width: '100%' }} data-testid="permission-editor">
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
        <Typography variant="h6" component="h2">
          {translate('harbour.roles.permissions')}
        </Typography>
        <FormControlLabel
          label={translate('harbour.roles.advanced')}
          control={<Switch checked={advanced || handWritten} disabled={handWritten} onChange={(event) => setAdvanced(event.target.checked)} />}
        />
      </Box>
      {isPending && <LinearProgress />}
      {handWritten && (
        <Alert severity="warning" sx={{ mb: 1 }} data-testid="advanced-notice">
          {translate('harbour.roles.advanced_notice')}
        </Alert>
      )}
      {advanced || handWritten ? (
        <RuleEditor />
      ) : (
        choices && (
          <>
            <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3, mb: 1 }} data-testid="role-wide">
              <FormControlLabel
                label={translate('harbour.roles.everything')}
                control={<Switch checked={choices.everything} onChange={(event) => update({ ...choices, everything: event.target.checked })} />}
              />
              <FormControlLabel
                label={translate('harbour.roles.read_everything')}
                control={
                  <Switch checked={choices.readEverything || choices.everything} disabled={choices.everything} onChange={(event) => update({ ...choices, readEverything: event.target.checked })} />
                }
              />
            </Box>
            {choices.everything ? (
              <Alert severity="info" data-testid="everything-notice">
                {translate('harbour.roles.everything_notice')}
              </Alert>
            ) : (
              vocabulary!.subjects.map((subject) => (
                <SubjectPermissions
                  key={subject.name}
                  subject={subject}
                  choice={choices.subjects[subject.name]}
                  readEverything={choices.readEverything}
                  onChange={(choice) => {
                    const subjects = { ...choices.subjects };
                    if (choice) subjects[subject.name] = choice;
                    else delete subjects[subject.name];
                    update({ ...choices, subjects });
                  }}
                />
              ))
            )}
          </>
        )
      )}
    </Box>
  );
}
