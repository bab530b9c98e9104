import { Alert, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Button, Form, SaveButton, useTranslate, type HttpError } from 'react-admin';
import { errorSentence, type ApiErrorBody } from '../providers/graphqlClient';

/** Props of FormDialog. */
export interface FormDialogProps {
  open: boolean;
  /** Translation key of the title, with its arguments. */
  title: string;
  titleArgs?: Record<string, unknown>;
  onClose: () => void;
  /** Performs the named API operation; a rejection shows the API's message in the dialog and field problems in place. */
  onSubmit: (values: Record<string, any>) => Promise<unknown>;
  defaultValues?: Record<string, unknown>;
  submitLabel?: string;
  children: ReactNode;
}

/** A small dialog with a react-admin form, for one named state change (rename, move, assign …). */
export function FormDialog({ open, title, titleArgs, onClose, onSubmit, defaultValues, submitLabel = 'ra.action.save', children }: FormDialogProps) {
  const translate = useTranslate();
  const [failure, setFailure] = useState<string | null>(null);
  const close = () => {
    setFailure(null);
    onClose();
  };
  const submit = async (values: Record<string, any>) => {
    setFailure(null);
    try {
      await onSubmit(values);
      close();
    } catch (error) {
      // The message is shown inside the dialog: a notification behind a modal dialog is hidden from screen readers. A
      // problem with one of the dialog's inputs is shown beside it, and not said again above.
      const body = (error as HttpError).body as Partial<ApiErrorBody> | undefined;
      const inDialog = (field: string) => field.replace(/^input\./, '').split('.')[0] in values;
      setFailure(errorSentence(error, inDialog) || null);
      const { root: _root, ...fieldErrors } = body?.errors ?? {};
      return Object.fromEntries(Object.entries(fieldErrors).filter(([field]) => field in values));
    }
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-labelledby="form-dialog-title">
      {open && (
        <Form onSubmit={submit} defaultValues={defaultValues} record={defaultValues} disableInvalidFormNotification>
          <DialogTitle id="form-dialog-title">{translate(title, titleArgs)}</DialogTitle>
          <DialogContent>
            {failure && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {translate(failure, { _: failure })}
              </Alert>
            )}
            {children}
          </DialogContent>
          <DialogActions sx={{ px: 3, pb: 2 }}>
            <Button label="ra.action.cancel" onClick={close} />
            <SaveButton label={submitLabel} alwaysEnable />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
}
