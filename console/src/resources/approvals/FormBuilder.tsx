import AddIcon from '@mui/icons-material/Add';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteIcon from '@mui/icons-material/Delete';
import { Alert, Box, Button, FormControlLabel, IconButton, Menu, MenuItem, Paper, Stack, Switch, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import type { FormFieldType } from '../../gql/graphql';
import { fieldTypes, newField, type FormField } from './definition';
import type { PlacedProblem } from './problems';

/** Problems of one field, by the rest of their path (`label`, `options[0].value`, `columns[1].key` …). */
type FieldErrors = (rest: string) => string | undefined;

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** The settings of one field: key, labels, required, and what its kind needs. */
function FieldEditor({ field, onChange, errors, inTable }: { field: FormField; onChange: (next: FormField) => void; errors: FieldErrors; inTable: boolean }) {
  const translate = useTranslate();
  const set = (patch: Partial<FormField>) => onChange({ ...field, ...patch });
  const small = { size: 'small' as const };
  const options = field.options ?? [];
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextField
          {...small}
          label={translate('harbour.approvals.form.label_zh_hk')}
          value={field.label.zhHK ?? ''}
          onChange={(event) => set({ label: { ...field.label, zhHK: event.target.value } })}
          error={Boolean(errors('label'))}
          helperText={errors('label')}
        />
        <TextField {...small} label={translate('harbour.approvals.form.label_en')} value={field.label.en ?? ''} onChange={(event) => set({ label: { ...field.label, en: event.target.value } })} />
        <TextField
          {...small}
          label={translate('harbour.approvals.form.key')}
          value={field.key}
          onChange={(event) => set({ key: event.target.value })}
          error={Boolean(errors('key'))}
          helperText={errors('key') ?? translate('harbour.approvals.form.key_help')}
        />
        <FormControlLabel control={<Switch checked={Boolean(field.required)} onChange={(event) => set({ required: event.target.checked })} />} label={translate('harbour.approvals.form.required')} />
      </Stack>
      {(field.type === 'NUMBER' || field.type === 'MONEY') && (
        <Stack direction="row" spacing={1}>
          {field.type === 'MONEY' && (
            <TextField
              {...small}
              label={translate('harbour.approvals.form.currency')}
              value={field.currency ?? ''}
              onChange={(event) => set({ currency: event.target.value.toUpperCase() || null })}
              error={Boolean(errors('currency'))}
              helperText={errors('currency')}
            />
          )}
          <TextField
            {...small}
            type="number"
            label={translate('harbour.approvals.form.min')}
            value={field.min ?? ''}
            onChange={(event) => set({ min: numberOrNull(event.target.value) })}
            error={Boolean(errors('min'))}
            helperText={errors('min')}
          />
          <TextField
            {...small}
            type="number"
            label={translate('harbour.approvals.form.max')}
            value={field.max ?? ''}
            onChange={(event) => set({ max: numberOrNull(event.target.value) })}
            error={Boolean(errors('max'))}
            helperText={errors('max')}
          />
        </Stack>
      )}
      {(field.type === 'TEXT' || field.type === 'LONG_TEXT') && (
        <TextField
          {...small}
          sx={{ maxWidth: 200 }}
          type="number"
          label={translate('harbour.approvals.form.max_length')}
          value={field.maxLength ?? ''}
          onChange={(event) => set({ maxLength: numberOrNull(event.target.value) })}
          error={Boolean(errors('maxLength'))}
          helperText={errors('maxLength')}
        />
      )}
      {field.type === 'DATE_RANGE' && (
        <FormControlLabel control={<Switch checked={Boolean(field.withTime)} onChange={(event) => set({ withTime: event.target.checked })} />} label={translate('harbour.approvals.form.with_time')} />
      )}
      {(field.type === 'PERSON' || field.type === 'DEPARTMENT') && (
        <FormControlLabel control={<Switch checked={Boolean(field.multiple)} onChange={(event) => set({ multiple: event.target.checked })} />} label={translate('harbour.approvals.form.multiple')} />
      )}
      {(field.type === 'SINGLE_SELECT' || field.type === 'MULTI_SELECT') && (
        <Box sx={{ display: 'grid', gap: 1 }}>
          <Typography variant="body2" color={errors('options') ? 'error' : 'text.secondary'}>
            {errors('options') ?? translate('harbour.approvals.form.options')}
          </Typography>
          {options.map((option, index) => (
            <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
              <TextField
                {...small}
                label={translate('harbour.approvals.form.option_value')}
                value={option.value}
                onChange={(event) => set({ options: options.map((o, i) => (i === index ? { ...o, value: event.target.value } : o)) })}
                error={Boolean(errors(`options[${index}].value`))}
                helperText={errors(`options[${index}].value`)}
              />
              <TextField
                {...small}
                label={translate('harbour.approvals.form.label_zh_hk')}
                value={option.label.zhHK ?? ''}
                onChange={(event) => set({ options: options.map((o, i) => (i === index ? { ...o, label: { ...o.label, zhHK: event.target.value } } : o)) })}
                error={Boolean(errors(`options[${index}].label`))}
                helperText={errors(`options[${index}].label`)}
              />
              <TextField
                {...small}
                label={translate('harbour.approvals.form.label_en')}
                value={option.label.en ?? ''}
                onChange={(event) => set({ options: options.map((o, i) => (i === index ? { ...o, label: { ...o.label, en: event.target.value } } : o)) })}
              />
              <IconButton size="small" aria-label={translate('harbour.approvals.form.remove_option')} onClick={() => set({ options: options.filter((_o, i) => i !== index) })}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          ))}
          <Button
            size="small"
            sx={{ justifySelf: 'start' }}
            startIcon={<AddIcon />}
            onClick={() => set({ options: [...options, { value: `option${options.length + 1}`, label: { zhHK: '', en: '' } }] })}
          >
            {translate('harbour.approvals.form.add_option')}
          </Button>
        </Box>
      )}
      {field.type === 'TABLE' && !inTable && (
        <Box sx={{ pl: 2, borderLeft: 3, borderColor: 'divider' }}>
          <Typography variant="body2" color={errors('columns') ? 'error' : 'text.secondary'} sx={{ mb: 1 }}>
            {errors('columns') ?? translate('harbour.approvals.form.columns')}
          </Typography>
          <FieldList fields={field.columns ?? []} onChange={(columns) => set({ columns })} errors={(index, rest) => errors(`columns[${index}]${rest ? `.${rest}` : ''}`)} inTable />
        </Box>
      )}
    </Box>
  );
}

/** Fields in order, each with its kind, move up / down and remove, and "add field" of any kind below. */
function FieldList({
  fields,
  onChange,
  errors,
  inTable,
}: {
  fields: FormField[];
  onChange: (next: FormField[]) => void;
  errors: (index: number, rest: string) => string | undefined;
  inTable: boolean;
}) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const kinds = inTable ? fieldTypes.filter((type) => type !== 'TABLE') : fieldTypes;
  const move = (from: number, to: number) => {
    const next = [...fields];
    const [field] = next.splice(from, 1);
    next.splice(to, 0, field);
    onChange(next);
  };
  return (
    <Box sx={{ display: 'grid', gap: 1.5 }}>
      {fields.map((field, index) => (
        <Paper key={index} variant="outlined" sx={{ p: 1.5 }} data-testid="form-field">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1.5 }}>
            <TextField
              select
              size="small"
              label={translate('harbour.approvals.form.type')}
              value={field.type}
              sx={{ minWidth: 180 }}
              onChange={(event) => {
                const fresh = newField(event.target.value as FormFieldType);
                onChange(fields.map((f, i) => (i === index ? { ...fresh, key: field.key, label: field.label, required: field.required } : f)));
              }}
            >
              {kinds.map((type) => (
                <MenuItem key={type} value={type}>
                  {translate(`harbour.approvals.field_type.${type}`)}
                </MenuItem>
              ))}
            </TextField>
            <Box sx={{ flexGrow: 1 }} />
            <IconButton size="small" aria-label={translate('harbour.approvals.form.move_up')} disabled={index === 0} onClick={() => move(index, index - 1)}>
              <ArrowUpwardIcon fontSize="small" />
            </IconButton>
            <IconButton size="small" aria-label={translate('harbour.approvals.form.move_down')} disabled={index === fields.length - 1} onClick={() => move(index, index + 1)}>
              <ArrowDownwardIcon fontSize="small" />
            </IconButton>
            <IconButton size="small" aria-label={translate('harbour.approvals.form.remove')} onClick={() => onChange(fields.filter((_f, i) => i !== index))}>
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Stack>
          <FieldEditor field={field} inTable={inTable} onChange={(next) => onChange(fields.map((f, i) => (i === index ? next : f)))} errors={(rest) => errors(index, rest)} />
        </Paper>
      ))}
      <Button sx={{ justifySelf: 'start' }} startIcon={<AddIcon />} onClick={(event) => setAnchor(event.currentTarget)}>
        {translate(inTable ? 'harbour.approvals.form.add_column' : 'harbour.approvals.form.add')}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {kinds.map((type) => (
          <MenuItem
            key={type}
            onClick={() => {
              setAnchor(null);
              onChange([...fields, newField(type)]);
            }}
          >
            {translate(`harbour.approvals.field_type.${type}`)}
          </MenuItem>
        ))}
      </Menu>
    </Box>
  );
}

/** The form builder: the template's fields, each problem the API found shown beside the setting it names. */
export function FormBuilder({ form, onChange, problems }: { form: FormField[]; onChange: (next: FormField[]) => void; problems: PlacedProblem[] }) {
  const formProblems = problems.filter((problem) => problem.area === 'form');
  const errors = (index: number, rest: string) => formProblems.find((problem) => problem.path[0] === index && problem.rest === rest)?.message;
  const whole = problems.filter((problem) => problem.area === 'other' && /definition\.form$/.test(problem.rest));
  return (
    <Box sx={{ display: 'grid', gap: 1.5, maxWidth: 960 }}>
      {whole.map((problem, index) => (
        <Alert key={index} severity="error">
          {problem.message}
        </Alert>
      ))}
      <FieldList fields={form} onChange={onChange} errors={errors} inTable={false} />
    </Box>
  );
}
