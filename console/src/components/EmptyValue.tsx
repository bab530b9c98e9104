import { Typography } from '@mui/material';

/** The dash shown for an empty (or hidden) value. */
export function EmptyValue() {
  return (
    <Typography component="span" variant="body2" color="text.disabled">
      —
    </Typography>
  );
}
