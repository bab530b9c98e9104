import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import { Box, Button, IconButton, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { FieldProblem } from '../../providers/graphqlClient';
import { useLocalized, type FormField } from './definition';
import { SearchPicker } from './Pickers';

/** Form values as the API takes them: field key → value in its kind's shape. */
export type FormValues = Record<string, unknown>;

/** The API's problems with submitted values (`values.lines[0].amount`) by their path in the form (`lines[0].amount`). */
export function valueProblems(fields: FieldProblem[]): Record<string, string> {
  return Object.fromEntries(fields.filter((problem) => /^(input\.)?values\./.test(problem.field)).map((problem) => [problem.field.replace(/^(input\.)?values\./, ''), problem.message]));
}

/** An instant → the `datetime-local` input's text in the browser's time zone. */
function localInput(iso: unknown): string {
  if (typeof iso !== 'string' || !iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
const instant = (text: string) => (text ? new Date(text).toISOString() : undefined);

interface ValueInputProps {
  field: FormField;
  value: unknown;
  onChange: (value: unknown) => void;
  errors: Record<string, string>;
  path: string;
}

/** The input of one field, in the shape its kind takes. */
function ValueInput({ field, value, onChange, errors, path }: ValueInputProps) {
  const translate = useTranslate();
  const text = useLocalized();
  const label = `${text(field.label) || field.key}${field.required ? ' *' : ''}`;
  const error = errors[path];
  const common = { size: 'small' as const, fullWidth: true, label, error: Boolean(error), helperText: error, slotProps: { inputLabel: { shrink: true } } };
  switch (field.type) {
    case 'TEXT':
      return <TextField {...common} value={value ?? ''} onChange={(event) => onChange(event.target.value)} />;
    case 'LONG_TEXT':
      return <TextField {...common} multiline minRows={3} value={value ?? ''} onChange={(event) => onChange(event.target.value)} />;
    case 'NUMBER':
      return <TextField {...common} type="number" value={value ?? ''} onChange={(event) => onChange(event.target.value === '' ? undefined : Number(event.target.value))} />;
    case 'MONEY': {
      const money = value as { amount?: string } | undefined;
      return (
        <TextField
          {...common}
          label={`${label} (${field.currency ?? 'HKD'})`}
          inputMode="decimal"
          value={money?.amount ?? ''}
          onChange={(event) => onChange(event.target.value ? { amount: event.target.value, currency: field.currency ?? 'HKD' } : undefined)}
        />
      );
    }
    case 'DATE':
      return <TextField {...common} type="date" value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)} />;
    case 'DATE_TIME':
      return <TextField {...common} type="datetime-local" value={localInput(value)} onChange={(event) => onChange(instant(event.target.value))} />;
    case 'DATE_RANGE': {
      const range = (value ?? {}) as { start?: string; end?: string };
      const type = field.withTime ? 'datetime-local' : 'date';
      const shown = (part?: string) => (field.withTime ? localInput(part) : (part ?? ''));
      const stored = (part: string) => (field.withTime ? instant(part) : part || undefined);
      const set = (patch: Partial<typeof range>) => {
        const next = { ...range, ...patch };
        onChange(next.start || next.end ? next : undefined);
      };
      return (
        <Stack direction="row" spacing={1}>
          <TextField
            {...common}
            label={`${label} · ${translate('harbour.approvals.values.from')}`}
            type={type}
            value={shown(range.start)}
            onChange={(event) => set({ start: stored(event.target.value) })}
          />
          <TextField
            {...common}
            helperText={undefined}
            error={false}
            label={translate('harbour.approvals.values.to')}
            type={type}
            value={shown(range.end)}
            onChange={(event) => set({ end: stored(event.target.value) })}
          />
        </Stack>
      );
    }
    case 'SINGLE_SELECT':
    case 'MULTI_SELECT': {
      const multiple = field.type === 'MULTI_SELECT';
      return (
        <TextField
          {...common}
          select
          slotProps={{ ...common.slotProps, select: { multiple } }}
          value={multiple ? (value ?? []) : (value ?? '')}
          onChange={(event) => {
            const chosen = event.target.value as unknown;
            onChange(multiple ? ((chosen as string[]).length ? chosen : undefined) : chosen || undefined);
          }}
        >
          {(field.options ?? []).map((option) => (
            <MenuItem key={option.value} value={option.value}>
              {text(option.label) || option.value}
            </MenuItem>
          ))}
        </TextField>
      );
    }
    case 'PERSON':
    case 'DEPARTMENT': {
      const ids = value == null ? [] : Array.isArray(value) ? (value as string[]) : [value as string];
      return (
        <SearchPicker
          resource={field.type === 'PERSON' ? 'people' : 'departments'}
          multiple={Boolean(field.multiple)}
          label={label}
          value={ids}
          error={error}
          onChange={(chosen) => onChange(chosen.length === 0 ? undefined : field.multiple ? chosen : chosen[0])}
        />
      );
    }
    case 'LOCATION': {
      const place = (value ?? {}) as { latitude?: number; longitude?: number; label?: string };
      const set = (patch: Partial<typeof place>) => {
        const next = { ...place, ...patch };
        onChange(next.latitude == null && next.longitude == null && !next.label ? undefined : next);
      };
      const coordinate = (text: string) => (text === '' ? undefined : Number(text));
      return (
        <Stack direction="row" spacing={1}>
          <TextField {...common} label={`${label} · ${translate('harbour.approvals.values.place')}`} value={place.label ?? ''} onChange={(event) => set({ label: event.target.value || undefined })} />
          <TextField
            {...common}
            helperText={undefined}
            label={translate('harbour.approvals.values.latitude')}
            type="number"
            value={place.latitude ?? ''}
            onChange={(event) => set({ latitude: coordinate(event.target.value) })}
          />
          <TextField
            {...common}
            helperText={undefined}
            label={translate('harbour.approvals.values.longitude')}
            type="number"
            value={place.longitude ?? ''}
            onChange={(event) => set({ longitude: coordinate(event.target.value) })}
          />
        </Stack>
      );
    }
    case 'ATTACHMENT':
      // The console has no file store to upload to yet: attachments are added from the apps.
      return (
        <Typography variant="body2" color="text.secondary">
          {label}: {translate('harbour.approvals.values.attachments_elsewhere')}
        </Typography>
      );
    case 'TABLE': {
      const rows = (value as FormValues[] | undefined) ?? [];
      const setRows = (next: FormValues[]) => onChange(next.length ? next : undefined);
      return (
        <Paper variant="outlined" sx={{ p: 1.5 }}>
          <Typography variant="body2" color={error ? 'error' : 'text.secondary'} sx={{ mb: 1 }}>
            {label}
            {error ? ` — ${error}` : ''}
          </Typography>
          {rows.map((row, index) => (
            <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start', mb: 1 }} data-testid="table-row">
              {(field.columns ?? []).map((column) => (
                <Box key={column.key} sx={{ flex: 1 }}>
                  <ValueInput
                    field={column}
                    value={row[column.key]}
                    errors={errors}
                    path={`${path}[${index}].${column.key}`}
                    onChange={(cell) => setRows(rows.map((r, i) => (i === index ? { ...r, [column.key]: cell } : r)))}
                  />
                </Box>
              ))}
              <IconButton size="small" aria-label={translate('harbour.approvals.values.remove_row')} onClick={() => setRows(rows.filter((_r, i) => i !== index))}>
                <DeleteIcon fontSize="small" />
              </IconButton>
            </Stack>
          ))}
          <Button size="small" startIcon={<AddIcon />} onClick={() => setRows([...rows, {}])}>
            {translate('harbour.approvals.values.add_row')}
          </Button>
        </Paper>
      );
    }
  }
}

/** Inputs for a template's form, one per field in order; each problem the API found is shown under its input. */
export function FormFiller({ form, values, onChange, errors }: { form: FormField[]; values: FormValues; onChange: (values: FormValues) => void; errors: Record<string, string> }) {
  return (
    <Box sx={{ display: 'grid', gap: 2 }} data-testid="form-filler">
      {form.map((field) => (
        <ValueInput
          key={field.key}
          field={field}
          value={values[field.key]}
          path={field.key}
          errors={errors}
          onChange={(value) => {
            const next = { ...values, [field.key]: value };
            if (value === undefined || value === '') delete next[field.key];
            onChange(next);
          }}
        />
      ))}
    </Box>
  );
}
