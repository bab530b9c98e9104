import LockIcon from '@mui/icons-material/LockOutlined';
import { Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** Whether the API withheld a protected field of this record from the signed-in person (`viewerCan.hiddenFields`). */
export const isHiddenField = (record: Record<string, any> | undefined, source: string): boolean => Boolean(record?.viewerCan?.hiddenFields?.includes(source));

/** A protected person field (mobile phone, personal email, home address): "hidden" with a lock when withheld, "—" when empty. */
export function ProtectedTextField({ source }: { source: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (isHiddenField(record, source))
    return (
      <Tooltip title={translate('harbour.people.protected_hint')}>
        <Typography variant="body2" component="span" color="text.disabled" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }} data-testid={`hidden-${source}`}>
          {translate('harbour.people.hidden_value')} <LockIcon sx={{ fontSize: 14 }} />
        </Typography>
      </Tooltip>
    );
  return (
    <Typography variant="body2" component="span" color={value ? undefined : 'text.disabled'}>
      {value || '—'}
    </Typography>
  );
}
