import { Autocomplete, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useGetMany, useTranslate, type RaRecord } from 'react-admin';

interface SearchPickerProps {
  /** `people` or `departments`: searched by the API as the person types. */
  resource: 'people' | 'departments';
  label: string;
  value: string[];
  onChange: (ids: string[]) => void;
  multiple?: boolean;
  error?: string;
  testId?: string;
}

const nameOf = (record: RaRecord) => String(record.displayName ?? record.name ?? record.id);

/**
 * Picks people or departments by typing part of a name (the API searches), outside react-admin forms: the designer and
 * the request form keep their own state. Ids already chosen are shown by name (`getMany`).
 */
export function SearchPicker({ resource, label, value, onChange, multiple = false, error, testId }: SearchPickerProps) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const { data: found = [] } = useGetList(resource, { filter: { q: search }, pagination: { page: 1, perPage: 20 } });
  const { data: chosen = [] } = useGetMany(resource, { ids: value }, { enabled: value.length > 0 });
  const byId = new Map([...chosen, ...found].map((record) => [String(record.id), record]));
  const options = [...new Set([...value, ...found.map((record) => String(record.id))])];
  const common = {
    options,
    getOptionLabel: (id: string) => (byId.get(id) ? nameOf(byId.get(id)) : ''),
    filterOptions: (all: string[]) => all,
    onInputChange: (_event: unknown, text: string, reason: string) => reason === 'input' && setSearch(text),
    renderInput: (params: object) => <TextField {...params} label={translate(label, { _: label })} error={Boolean(error)} helperText={error} size="small" />,
    'data-testid': testId,
    fullWidth: true,
  };
  return multiple ? (
    <Autocomplete multiple {...common} value={value} onChange={(_event, ids) => onChange(ids)} />
  ) : (
    <Autocomplete {...common} value={value[0] ?? null} onChange={(_event, id) => onChange(id ? [id] : [])} />
  );
}

interface ListPickerProps {
  /** `roles` (chosen by key) or `jobRanks` (chosen by code): short lists, loaded whole. */
  resource: 'roles' | 'jobRanks';
  label: string;
  value: string | null | undefined;
  onChange: (value: string) => void;
  error?: string;
}

/** Picks a role by its key or a job rank by its code, as the flow's approver rules and conditions name them. */
export function ListPicker({ resource, label, value, onChange, error }: ListPickerProps) {
  const translate = useTranslate();
  const { data = [] } = useGetList(resource, { pagination: { page: 1, perPage: 100 } });
  const valueOf = (record: RaRecord) => String(resource === 'roles' ? (record.key ?? record.id) : record.code);
  const present = data.some((record) => valueOf(record) === value);
  return (
    <TextField select size="small" fullWidth label={translate(label)} value={present ? value : ''} onChange={(event) => onChange(event.target.value)} error={Boolean(error)} helperText={error}>
      {data.map((record) => (
        <MenuItem key={record.id} value={valueOf(record)}>
          {resource === 'jobRanks' ? `${record.code} · ${record.name}` : record.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
