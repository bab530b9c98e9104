import CheckIcon from '@mui/icons-material/Check';
import ChatIcon from '@mui/icons-material/Chat';
import CloseIcon from '@mui/icons-material/Close';
import GroupAddIcon from '@mui/icons-material/GroupAdd';
import NotificationsActiveIcon from '@mui/icons-material/NotificationsActive';
import ReplayIcon from '@mui/icons-material/Replay';
import SendIcon from '@mui/icons-material/Send';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import UndoIcon from '@mui/icons-material/Undo';
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import { Alert, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, maxLength, required, SelectInput, TextInput, TopToolbar, useNotify, useRecordContext, useRefresh, useTranslate, type HttpError } from 'react-admin';
import { FormDialog } from '../../components/FormDialog';
import { PersonInput } from '../../components/PersonInput';
import type { ApprovalRequestQuery, ApprovalSignerPosition } from '../../gql/graphql';
import { errorSentence, type ApiErrorBody } from '../../providers/graphqlClient';
import { useApprovalRequestOperations } from './dataProvider';
import { FormFiller, valueProblems, type FormValues } from './FormFiller';

type Request = ApprovalRequestQuery['approvalRequest'];
type Verb = 'approve' | 'reject' | 'return' | 'transfer' | 'addSigner' | 'withdraw' | 'revoke' | 'resubmit' | 'comment';

const positions: ApprovalSignerPosition[] = ['BEFORE', 'AFTER', 'PARALLEL'];

/** The approval steps the request has passed (it may be returned to one of them), by node id and name. */
function passedSteps(request: Request): { id: string; name: string }[] {
  return request.route.steps.filter((step) => step.type === 'APPROVAL' && step.state === 'DONE').map((step) => ({ id: step.nodeId, name: step.name ?? step.nodeId }));
}

/** The applicant changes the values of a returned request and sends it again. */
function ResubmitDialog({ request, onClose, onDone }: { request: Request; onClose: () => void; onDone: () => void }) {
  const translate = useTranslate();
  const operations = useApprovalRequestOperations();
  const [values, setValues] = useState<FormValues>(request.values);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await operations.resubmitApprovalRequest(request.id, request.version, values);
      onDone();
    } catch (error) {
      setErrors(valueProblems(((error as HttpError).body as Partial<ApiErrorBody> | undefined)?.fields ?? []));
      setFailure(errorSentence(error, (field) => /^(input\.)?values\./.test(field)) || null);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate('harbour.approvals.verbs.resubmit')}</DialogTitle>
      <DialogContent>
        {failure && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {translate(failure, { _: failure })}
          </Alert>
        )}
        <FormFiller form={request.definition.form} values={values} onChange={setValues} errors={errors} />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} />
        <Button label="harbour.approvals.verbs.resubmit" variant="contained" disabled={busy} onClick={() => void submit()} />
      </DialogActions>
    </Dialog>
  );
}

/**
 * What the signed-in person may do with a request: decide their pending task (approve, reject, return, transfer, add a
 * signer) when it is their turn, and withdraw, revoke, resubmit, remind or comment as the API's `viewerCan` allows.
 */
export function RequestVerbs() {
  const record = useRecordContext<Request>();
  const operations = useApprovalRequestOperations();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState<Verb | null>(null);
  if (!record?.viewerCan) return null;
  const task = record.myPendingTask;
  const can = record.viewerCan;
  const done = (message: string) => {
    notify(message, { type: 'success' });
    refresh();
  };
  const dialog = (verb: Verb, title: string, submit: (values: Record<string, any>) => Promise<unknown>, message: string, children: React.ReactNode, defaultValues?: Record<string, unknown>) => (
    <FormDialog
      open={open === verb}
      onClose={() => setOpen(null)}
      title={title}
      submitLabel={title}
      defaultValues={defaultValues}
      onSubmit={async (values) => {
        await submit(values);
        done(message);
      }}
    >
      {children}
    </FormDialog>
  );
  const comment = <TextInput source="comment" label="harbour.approvals.verbs.comment_optional" multiline fullWidth validate={[maxLength(2000)]} />;
  const reason = <TextInput source="reason" label="harbour.approvals.verbs.reason" multiline fullWidth validate={[required(), maxLength(2000)]} />;
  const returnChoices = passedSteps(record).map((step) => ({ id: step.id, name: step.name }));
  return (
    <TopToolbar>
      {task && (
        <>
          <Button label="harbour.approvals.verbs.approve" variant="contained" color="success" startIcon={<CheckIcon />} onClick={() => setOpen('approve')} />
          <Button label="harbour.approvals.verbs.reject" color="error" startIcon={<CloseIcon />} onClick={() => setOpen('reject')} />
          <Button label="harbour.approvals.verbs.return" startIcon={<UndoIcon />} onClick={() => setOpen('return')} />
          <Button label="harbour.approvals.verbs.transfer" startIcon={<SwapHorizIcon />} onClick={() => setOpen('transfer')} />
          <Button label="harbour.approvals.verbs.add_signer" startIcon={<GroupAddIcon />} onClick={() => setOpen('addSigner')} />
        </>
      )}
      {can.resubmit && <Button label="harbour.approvals.verbs.resubmit" startIcon={<SendIcon />} onClick={() => setOpen('resubmit')} />}
      {can.remind && (
        <Button
          label="harbour.approvals.verbs.remind"
          startIcon={<NotificationsActiveIcon />}
          onClick={() =>
            void operations.remindApprovalRequest(record.id).then(
              () => done('harbour.approvals.verbs.reminded'),
              (error: unknown) => notify(errorSentence(error), { type: 'error' }),
            )
          }
        />
      )}
      {can.withdraw && <Button label="harbour.approvals.verbs.withdraw" startIcon={<ReplayIcon />} onClick={() => setOpen('withdraw')} />}
      {can.revoke && <Button label="harbour.approvals.verbs.revoke" startIcon={<UnpublishedIcon />} onClick={() => setOpen('revoke')} />}
      {can.comment && <Button label="harbour.approvals.verbs.comment" startIcon={<ChatIcon />} onClick={() => setOpen('comment')} />}
      {task && (
        <>
          {dialog('approve', 'harbour.approvals.verbs.approve', (v) => operations.approveApprovalTask(task.id, task.version, v.comment || null), 'harbour.approvals.verbs.approved', comment)}
          {dialog('reject', 'harbour.approvals.verbs.reject', (v) => operations.rejectApprovalTask(task.id, task.version, v.reason), 'harbour.approvals.verbs.rejected', reason)}
          {dialog(
            'return',
            'harbour.approvals.verbs.return',
            (v) => operations.returnApprovalTask(task.id, task.version, v.reason, v.toNodeId || null),
            'harbour.approvals.verbs.returned',
            <>
              <SelectInput source="toNodeId" label="harbour.approvals.verbs.return_to" choices={returnChoices} emptyText="harbour.approvals.verbs.to_applicant" fullWidth />
              {reason}
            </>,
            { toNodeId: '' },
          )}
          {dialog(
            'transfer',
            'harbour.approvals.verbs.transfer',
            (v) => operations.transferApprovalTask(task.id, task.version, v.toPersonId, v.comment || null),
            'harbour.approvals.verbs.transferred',
            <>
              <PersonInput source="toPersonId" label="harbour.approvals.verbs.transfer_to" validate={required()} />
              {comment}
            </>,
          )}
          {dialog(
            'addSigner',
            'harbour.approvals.verbs.add_signer',
            (v) => operations.addApprovalSigner(task.id, task.version, v.personId, v.position, v.comment || null),
            'harbour.approvals.verbs.signer_added',
            <>
              <PersonInput source="personId" label="harbour.approvals.verbs.signer" validate={required()} />
              <SelectInput
                source="position"
                label="harbour.approvals.verbs.position"
                choices={positions.map((id) => ({ id, name: `harbour.approvals.signer_position.${id}` }))}
                validate={required()}
                fullWidth
              />
              {comment}
            </>,
            { position: 'AFTER' },
          )}
        </>
      )}
      {dialog(
        'withdraw',
        'harbour.approvals.verbs.withdraw',
        (v) => operations.withdrawApprovalRequest(record.id, record.version, v.reason || null),
        'harbour.approvals.verbs.withdrawn',
        <TextInput source="reason" label="harbour.approvals.verbs.reason_optional" multiline fullWidth />,
      )}
      {dialog('revoke', 'harbour.approvals.verbs.revoke', (v) => operations.revokeApprovalRequest(record.id, record.version, v.reason), 'harbour.approvals.verbs.revoked', reason)}
      {dialog(
        'comment',
        'harbour.approvals.verbs.comment',
        (v) => operations.commentOnApprovalRequest(record.id, v.text),
        'harbour.approvals.verbs.commented',
        <TextInput source="text" label="harbour.approvals.verbs.comment_text" multiline fullWidth validate={[required(), maxLength(2000)]} />,
      )}
      {open === 'resubmit' && (
        <ResubmitDialog
          request={record}
          onClose={() => setOpen(null)}
          onDone={() => {
            setOpen(null);
            done('harbour.approvals.verbs.resubmitted');
          }}
        />
      )}
    </TopToolbar>
  );
}
