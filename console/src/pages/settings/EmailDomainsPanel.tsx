import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlineOutlined';
import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import { Alert, Box, Button, Card, CardContent, Chip, IconButton, Stack, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, TextInput, required, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { useDates } from '../../providers/dates';
import { FormDialog } from '../../components/FormDialog';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useEmailDomainOperations, type EmailDomain } from './dataProvider';
import { errorSentence } from '../../providers/graphqlClient';

/**
 * The organisation's email domains for sign-in: their status, the TXT record to publish while a claim is pending, and
 * the named verbs `claimEmailDomain`, `verifyEmailDomain` and `removeEmailDomain` (buttons follow the permissions).
 */
export function EmailDomainsPanel() {
  const translate = useTranslate();
  const { formatDate } = useDates();
  const notify = useNotify();
  const operations = useEmailDomainOperations();
  const [version, setVersion] = useState(0);
  const [claiming, setClaiming] = useState(false);
  const [removing, setRemoving] = useState<EmailDomain | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const canRead = useCanAccess({ resource: 'emailDomains', action: 'list' }).canAccess;
  const canClaim = useCanAccess({ resource: 'emailDomains', action: 'create' }).canAccess;
  const canVerify = useCanAccess({ resource: 'emailDomains', action: 'verify' }).canAccess;
  const canRemove = useCanAccess({ resource: 'emailDomains', action: 'delete' }).canAccess;
  const { data: domains, error } = useApiQuery(() => operations.emailDomains(), String(version));
  if (!canRead) return null;
  const reload = () => setVersion((v) => v + 1);

  const act = async (claim: EmailDomain, work: () => Promise<unknown>, done: string) => {
    setBusy(claim.id);
    try {
      await work();
      notify(done, { type: 'success', messageArgs: { domain: claim.domain } });
      reload();
    } catch (failure) {
      notify(errorSentence(failure), { type: 'error' });
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    if (removing) await act(removing, () => operations.removeEmailDomain(removing.id), 'harbour.settings.domains.removed');
    setRemoving(null);
  };

  return (
    <Card sx={{ maxWidth: 900, mt: 2 }} data-testid="email-domains">
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
          <Typography variant="h6" component="h2" sx={{ flex: 1 }}>
            {translate('harbour.settings.domains.title')}
          </Typography>
          {canClaim && (
            <Button startIcon={<AddIcon />} onClick={() => setClaiming(true)}>
              {translate('harbour.settings.domains.claim')}
            </Button>
          )}
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('harbour.settings.domains.intro')}
        </Typography>
        {error && <Alert severity="error">{error.message}</Alert>}
        {domains?.length === 0 && <Alert severity="warning">{translate('harbour.settings.domains.none')}</Alert>}
        {domains && domains.length > 0 && (
          <Table size="small" aria-label={translate('harbour.settings.domains.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('harbour.settings.domains.domain')}</TableCell>
                <TableCell>{translate('harbour.settings.domains.status')}</TableCell>
                {(canVerify || canRemove) && <TableCell align="right">{translate('harbour.common.actions')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {domains.map((claim) => (
                <TableRow key={claim.id} data-testid="email-domain-row">
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    <Typography sx={{ fontFamily: 'monospace' }}>{claim.domain}</Typography>
                  </TableCell>
                  <TableCell sx={{ verticalAlign: 'top' }}>
                    <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
                      <Chip
                        size="small"
                        color={claim.status === 'VERIFIED' ? 'success' : 'warning'}
                        icon={claim.status === 'VERIFIED' ? <VerifiedIcon /> : undefined}
                        label={translate(`harbour.settings.domains.statuses.${claim.status}`)}
                      />
                      {claim.status === 'VERIFIED' && claim.verifiedAt && claim.verificationMethod && (
                        <Typography variant="caption" color="text.secondary">
                          {translate('harbour.settings.domains.verified_on', {
                            date: formatDate(claim.verifiedAt),
                            method: translate(`harbour.settings.domains.methods.${claim.verificationMethod}`),
                          })}
                        </Typography>
                      )}
                      {claim.verificationRecord && (
                        <Box>
                          <Typography variant="body2">{translate('harbour.settings.domains.publish', { domain: claim.domain })}</Typography>
                          <Typography
                            component="code"
                            data-testid="verification-record"
                            sx={{ display: 'inline-block', mt: 0.5, px: 1, py: 0.5, fontFamily: 'monospace', bgcolor: 'action.hover', borderRadius: 1, userSelect: 'all', wordBreak: 'break-all' }}
                          >
                            {claim.verificationRecord}
                          </Typography>
                        </Box>
                      )}
                    </Stack>
                  </TableCell>
                  {(canVerify || canRemove) && (
                    <TableCell align="right" sx={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                      {canVerify && claim.status === 'PENDING' && (
                        <Button size="small" disabled={busy === claim.id} onClick={() => void act(claim, () => operations.verifyEmailDomain(claim.id), 'harbour.settings.domains.verified')}>
                          {translate('harbour.settings.domains.verify')}
                        </Button>
                      )}
                      {canRemove && (
                        <Tooltip title={translate('harbour.settings.domains.remove')}>
                          <IconButton size="small" aria-label={`${translate('harbour.settings.domains.remove')} ${claim.domain}`} onClick={() => setRemoving(claim)}>
                            <DeleteIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      )}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
      <FormDialog
        open={claiming}
        onClose={() => setClaiming(false)}
        title="harbour.settings.domains.claim"
        submitLabel="harbour.settings.domains.claim"
        onSubmit={async (values) => {
          const claim = await operations.claimEmailDomain(values.domain);
          notify('harbour.settings.domains.claimed', { type: 'success', messageArgs: { domain: claim.domain } });
          reload();
        }}
      >
        <TextInput source="domain" label="harbour.settings.domains.domain" helperText="harbour.settings.domains.claim_help" validate={required()} fullWidth autoFocus />
      </FormDialog>
      <Confirm
        isOpen={removing !== null}
        loading={busy !== null}
        title="harbour.settings.domains.remove_title"
        content="harbour.settings.domains.remove_content"
        titleTranslateOptions={{ domain: removing?.domain ?? '' }}
        contentTranslateOptions={{ domain: removing?.domain ?? '' }}
        confirm="harbour.settings.domains.remove"
        onConfirm={() => void remove()}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}
