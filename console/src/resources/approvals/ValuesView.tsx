import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useGetMany, useTranslate } from 'react-admin';
import { EmptyValue } from '../../components/EmptyValue';
import { useDates } from '../../providers/dates';
import { useLocalized, type FormField } from './definition';
import type { FormValues } from './FormFiller';

/** People or departments named by id, shown by name. */
function Names({ resource, ids }: { resource: 'people' | 'departments'; ids: string[] }) {
  const { data = [] } = useGetMany(resource, { ids });
  return <>{data.map((record) => record.displayName ?? record.name).join('、') || ids.length}</>;
}

/** One value, as its field's kind is read. */
function Value({ field, value, computed }: { field: FormField; value: unknown; computed?: Record<string, unknown> }) {
  const translate = useTranslate();
  const text = useLocalized();
  const { formatDate, formatDateTime } = useDates();
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) return <EmptyValue />;
  switch (field.type) {
    case 'MONEY': {
      const money = value as { amount: string; currency?: string };
      return <>{`${money.currency ?? field.currency ?? 'HKD'} ${money.amount}`}</>;
    }
    case 'DATE':
      return <>{formatDate(value as string)}</>;
    case 'DATE_TIME':
      return <>{formatDateTime(value as string)}</>;
    case 'DATE_RANGE': {
      const range = value as { start: string; end: string };
      const show = field.withTime ? formatDateTime : formatDate;
      const days = (computed?.[field.key] as { workingDays?: number } | undefined)?.workingDays;
      return <>{`${show(range.start)} – ${show(range.end)}${days != null ? ` (${translate('harbour.approvals.values.working_days', { smart_count: days })})` : ''}`}</>;
    }
    case 'SINGLE_SELECT':
    case 'MULTI_SELECT': {
      const chosen = Array.isArray(value) ? (value as string[]) : [value as string];
      return <>{chosen.map((choice) => text(field.options?.find((option) => option.value === choice)?.label) || choice).join('、')}</>;
    }
    case 'PERSON':
    case 'DEPARTMENT':
      return <Names resource={field.type === 'PERSON' ? 'people' : 'departments'} ids={Array.isArray(value) ? (value as string[]) : [value as string]} />;
    case 'ATTACHMENT':
      return <>{(value as { name: string }[]).map((file) => file.name).join('、')}</>;
    case 'LOCATION': {
      const place = value as { label?: string | null; latitude: number; longitude: number };
      return <>{place.label ? `${place.label} (${place.latitude}, ${place.longitude})` : `${place.latitude}, ${place.longitude}`}</>;
    }
    case 'TABLE': {
      const rows = value as FormValues[];
      const total = (computed?.[field.key] as { total?: string } | undefined)?.total;
      return (
        <Box>
          <Table size="small">
            <TableHead>
              <TableRow>
                {(field.columns ?? []).map((column) => (
                  <TableCell key={column.key}>{text(column.label) || column.key}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row, index) => (
                <TableRow key={index}>
                  {(field.columns ?? []).map((column) => (
                    <TableCell key={column.key}>
                      <Value field={column} value={row[column.key]} />
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {total != null && (
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {translate('harbour.approvals.values.total', { total })}
            </Typography>
          )}
        </Box>
      );
    }
    default:
      return <Box sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value)}</Box>;
  }
}

/** A request's values laid out by its form: each field's label and value, in the form's order. */
export function ValuesView({ form, values, computed }: { form: FormField[]; values: FormValues; computed?: Record<string, unknown> }) {
  const text = useLocalized();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) 1fr', columnGap: 3, rowGap: 1.5 }} data-testid="request-values">
      {form.map((field) => (
        <Box key={field.key} sx={{ display: 'contents' }}>
          <Typography variant="body2" color="text.secondary">
            {text(field.label) || field.key}
          </Typography>
          <Box sx={{ typography: 'body2' }}>
            <Value field={field} value={values[field.key]} computed={computed} />
          </Box>
        </Box>
      ))}
    </Box>
  );
}
