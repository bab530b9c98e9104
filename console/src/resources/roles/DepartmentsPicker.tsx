import { Autocomplete, TextField } from '@mui/material';
import { useState } from 'react';
import { useGetList, useGetMany, useTranslate, type RaRecord } from 'react-admin';

/** Picks departments by typing part of their name or code (`departments(filter: {search})`), outside any form field. */
export function DepartmentsPicker({ value, onChange, label }: { value: string[]; onChange: (ids: string[]) => void; label: string }) {
  const translate = useTranslate();
  const [search, setSearch] = useState('');
  const { data: found = [], isPending } = useGetList('departments', { filter: search ? { q: search } : {}, pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' } });
  const { data: chosen = [] } = useGetMany('departments', { ids: value }, { enabled: value.length > 0 });
  const byId = new Map<string, RaRecord>([...chosen, ...found].map((department) => [String(department.id), department]));
  const options = [...new Set([...value, ...found.map((department) => String(department.id))])];
  return (
    <Autocomplete
      multiple
      size="small"
      options={options}
      value={value}
      loading={isPending}
      filterOptions={(ids) => ids}
      getOptionLabel={(id) => byId.get(id)?.name ?? ''}
      onChange={(_event, ids) => onChange(ids)}
      onInputChange={(_event, text, reason) => reason === 'input' && setSearch(text)}
      renderInput={(params) => <TextField {...params} label={label} error={value.length === 0} helperText={value.length === 0 ? translate('harbour.roles.choose_departments') : undefined} />}
      sx={{ minWidth: 280, flex: 1 }}
    />
  );
}
