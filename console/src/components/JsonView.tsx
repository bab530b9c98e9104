import { Box } from '@mui/material';
import { EmptyValue } from './EmptyValue';

/** A JSON value, pretty-printed in a scrollable monospace block. */
export function JsonView({ value, label }: { value: unknown; label?: string }) {
  if (value === null || value === undefined) return <EmptyValue />;
  return (
    <Box
      component="pre"
      aria-label={label}
      sx={{ m: 0, p: 1.5, bgcolor: 'grey.100', borderRadius: 1, fontSize: 12, overflow: 'auto', maxHeight: 320, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
    >
      {JSON.stringify(value, null, 2)}
    </Box>
  );
}
