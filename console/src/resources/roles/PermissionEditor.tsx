import { Alert, Box, Checkbox, FormControlLabel, LinearProgress, Switch, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useInput, useTranslate } from 'react-admin';
import type { PermissionScope } from '../../gql/graphql';
import type { PermissionVocabulary } from './dataProvider';
import { DepartmentsPicker } from './DepartmentsPicker';
import { choicesToRules, rulesToChoices, type ActionChoice, type PermissionChoices, type SubjectChoice } from './permissionForm';
import { RuleEditor } from './RuleEditor';
import { toRuleInputs, type RuleFormValue } from './ruleForm';
import { usePermissionVocabulary } from './usePermissionVocabulary';

type VocabularySubject = PermissionVocabulary['subjects'][number];

const EVERYONE = { scope: 'EVERYONE' as PermissionScope, departmentIds: [] };

/** One action of a subject: its checkbox, and once ticked how far it reaches (and which departments, when chosen). */
function ActionLine({
  subject,
  action,
  label,
  choice,
  implied,
  onChange,
}: {
  subject: VocabularySubject;
  action: string;
  label: string;
  choice: ActionChoice | undefined;
  implied: boolean;
  onChange: (choice: ActionChoice | undefined) => void;
}) {
  const translate = useTranslate();
  return (
    <Box
      sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 1, minHeight: 44, flexBasis: choice?.scope === 'CHOSEN_DEPARTMENTS' ? '100%' : 'auto' }}
      data-testid={`action-${action}`}
    >
      <FormControlLabel
        sx={{ mr: 0 }}
        label={label}
        control={<Checkbox size="small" checked={Boolean(choice) || implied} disabled={implied} onChange={(event) => onChange(event.target.checked ? EVERYONE : undefined)} />}
      />
      {choice && subject.scopes.length > 1 && (
        <TextField
          select
          size="small"
          label={translate('harbour.roles.scope')}
          value={choice.scope}
          onChange={(event) => onChange({ scope: event.target.value as PermissionScope, departmentIds: [] })}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 200 }}
        >
          {subject.scopes.map((option) => (
            <option key={option.scope} value={option.scope}>
              {option.label}
            </option>
          ))}
        </TextField>
      )}
      {choice?.scope === 'CHOSEN_DEPARTMENTS' && (
        <DepartmentsPicker label={translate('harbour.roles.departments')} value={choice.departmentIds} onChange={(departmentIds) => onChange({ ...choice, departmentIds })} />
      )}
    </Box>
  );
}

/** A subject's actions (with "everything" first) and, once it may be read, a switch per protected field. */
function SubjectPermissions({ subject, choice, onChange }: { subject: VocabularySubject; choice: SubjectChoice | undefined; onChange: (choice: SubjectChoice | undefined) => void }) {
  const translate = useTranslate();
  const { actionLabel } = usePermissionVocabulary();
  const managed = Boolean(choice?.actions.manage);
  const setAction = (action: string, next: ActionChoice | undefined) => {
    const actions = { ...choice?.actions };
    if (next) actions[action] = next;
    else delete actions[action];
    // Protected fields are opt-in: a newly granted read starts without them.
    const protectedFields = action === 'read' && next && !choice?.actions.read ? [] : (choice?.protectedFields ?? []);
    onChange(Object.keys(actions).length ? { actions, protectedFields } : undefined);
  };
  const readable = managed || Boolean(choice?.actions.read);
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1.5, mb: 1.5 }} data-testid={`subject-${subject.name}`}>
      <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 500, '&::first-letter': { textTransform: 'uppercase' } }}>
        {subject.label}
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3 }}>
        {['manage', ...subject.actions].map((action) => (
          <ActionLine
            key={action}
            subject={subject}
            action={action}
            label={actionLabel(action)}
            choice={choice?.actions[action]}
            implied={action !== 'manage' && managed}
            onChange={(next) => setAction(action, next)}
          />
        ))}
      </Box>
      {readable && subject.protectedFieldLabels.length > 0 && (
        <Box sx={{ mt: 1 }} data-testid="protected-fields">
          <Typography variant="body2" color="text.secondary">
            {translate('harbour.roles.protected_fields')}
          </Typography>
          {subject.protectedFieldLabels.map((field) => (
            <FormControlLabel
              key={field.name}
              label={field.label}
              control={
                <Switch
                  size="small"
                  checked={managed || Boolean(choice?.protectedFields.includes(field.name))}
                  disabled={managed}
                  onChange={(event) =>
                    choice &&
                    onChange({
                      ...choice,
                      protectedFields: event.target.checked ? [...choice.protectedFields, field.name] : choice.protectedFields.filter((name) => name !== field.name),
                    })
                  }
                />
              }
            />
          ))}
        </Box>
      )}
    </Box>
  );
}

/**
 * The rules of a role as checkboxes of actions per subject, each with a scope, and protected-field switches; the JSON
 * rule editor stays behind "advanced". The form's `rules` remain the one source: the checkboxes are read from them and
 * write them. Rules the checkboxes cannot show exactly keep the role in the advanced editor, so nothing is lost.
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
        choices &&
        vocabulary!.subjects.map((subject) => (
          <SubjectPermissions
            key={subject.name}
            subject={subject}
            choice={choices[subject.name]}
            onChange={(choice) => {
              const next = { ...choices };
              if (choice) next[subject.name] = choice;
              else delete next[subject.name];
              update(next);
            }}
          />
        ))
      )}
    </Box>
  );
}
