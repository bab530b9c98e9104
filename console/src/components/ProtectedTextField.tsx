import LockIcon from '@mui/icons-material/LockOutlined';
import { Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** A protected person field (mobile phone, personal email, home address): "—" with a lock when empty or not visible. */
export function ProtectedTextField({ source }: { source: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (value)
    return (
      <Typography variant="body2" component="span">
        {value}
      </Typography>
    );
  return (
    <Tooltip title={translate('harbour.people.protected_hint')}>
      <Typography variant="body2" component="span" color="text.disabled" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
        — <LockIcon sx={{ fontSize: 14 }} />
      </Typography>
    </Tooltip>
  );
}
