import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteIcon from '@mui/icons-material/Delete';
import PauseCircleIcon from '@mui/icons-material/PauseCircle';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import PublishIcon from '@mui/icons-material/Publish';
import SaveIcon from '@mui/icons-material/Save';
import { Alert, Badge, Box, Card, CardContent, Stack, Tab, Tabs, TextField } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, Loading, Title, useCanAccess, useDataProvider, useGetOne, useNotify, useRedirect, useTranslate, type HttpError } from 'react-admin';
import { useParams } from 'react-router-dom';
import type { ApprovalTemplateQuery } from '../../gql/graphql';
import { errorSentence, type ApiErrorBody } from '../../providers/graphqlClient';
import { useApprovalTemplateOperations, type TemplateDraft } from './dataProvider';
import { beyondReach, BRANCH_LEVELS, emptyDefinition, useLocalized, type Definition } from './definition';
import { FlowDesigner } from './FlowDesigner';
import { FormBuilder } from './FormBuilder';
import { PoliciesPanel } from './PoliciesPanel';
import { placeProblems, type PlacedProblem } from './problems';
import { SimulatePanel } from './SimulatePanel';
import { TemplateStatusChip } from './StatusChips';

type Template = ApprovalTemplateQuery['approvalTemplate'];
type Area = 'form' | 'flow' | 'policies' | 'simulate';

function draftOf(template: Template | undefined): TemplateDraft {
  if (!template) return { names: { zhHK: '', en: '' }, category: '', definition: emptyDefinition() };
  return { names: template.names, category: template.category ?? '', definition: template.draft };
}

/** The template editor: names, the form builder, the flow designer, the policies, the simulation, and the verbs. */
function TemplateEditor({ template, onSaved }: { template?: Template; onSaved: () => void }) {
  const translate = useTranslate();
  const text = useLocalized();
  const notify = useNotify();
  const redirect = useRedirect();
  const operations = useApprovalTemplateOperations();
  const dataProvider = useDataProvider();
  const { canAccess: canCreate } = useCanAccess({ resource: 'approvalTemplates', action: 'create' });
  const [draft, setDraft] = useState<TemplateDraft>(() => draftOf(template));
  const [dirty, setDirty] = useState(false);
  const [area, setArea] = useState<Area>('form');
  const [problems, setProblems] = useState<PlacedProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const can = template?.viewerCan ?? { update: true, publish: false, delete: false, submit: false };
  // Branches deeper than the console reads were not loaded (operations.ts): saving would drop them, so the draft stays read-only.
  const tooDeep = beyondReach(draft.definition.flow);
  const editable = can.update && !tooDeep;

  const edit = (patch: Partial<TemplateDraft>) => {
    setDraft({ ...draft, ...patch });
    setDirty(true);
  };
  const definition = (patch: Partial<Definition>) => edit({ definition: { ...draft.definition, ...patch } });

  /** Saves the whole draft; resolves with the version now stored (or null when the API refused it). */
  const save = async (): Promise<number | null> => {
    setFailure(null);
    try {
      if (!template) {
        const created = await operations.createApprovalTemplate(draft);
        setDirty(false);
        setProblems([]);
        notify('harbour.approvals.template.created', { type: 'success' });
        redirect('edit', 'approvalTemplates', created.id);
        return created.version;
      }
      const saved = await operations.updateApprovalTemplate(template.id, template.version, draft);
      setDirty(false);
      setProblems([]);
      return saved.version;
    } catch (error) {
      const fields = ((error as HttpError).body as Partial<ApiErrorBody> | undefined)?.fields ?? [];
      const placed = placeProblems(fields);
      setProblems(placed);
      setFailure(errorSentence(error, (field) => /definition\.|names/.test(field)) || translate('harbour.approvals.template.has_problems'));
      const first = placed.find((problem) => problem.area !== 'other');
      if (first && first.area !== 'policies') setArea(first.area as Area);
      else if (first) setArea('policies');
      return null;
    }
  };

  const run = async (change: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await change();
      notify(done, { type: 'success' });
      onSaved();
    } catch (error) {
      notify(errorSentence(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const onSave = async () => {
    setBusy(true);
    const version = await save();
    setBusy(false);
    if (version != null && template) {
      notify('harbour.approvals.template.saved', { type: 'success' });
      onSaved();
    }
  };

  const onPublish = async () => {
    if (!template) return;
    setBusy(true);
    // Unsaved changes are saved first: publishing makes the stored draft the next version.
    const version = dirty ? await save() : template.version;
    setBusy(false);
    if (version != null) await run(() => operations.publishApprovalTemplate(template.id, version), 'harbour.approvals.template.published');
  };

  const count = (which: PlacedProblem['area']) => problems.filter((problem) => problem.area === which).length;
  const nameError = problems.find((problem) => problem.area === 'other' && /names/.test(problem.rest))?.message;

  return (
    <Card>
      <CardContent sx={{ display: 'grid', gap: 2 }}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          {template && <TemplateStatusChip status={template.status} />}
          {template?.publishedVersion != null && (
            <Box sx={{ color: 'text.secondary', typography: 'body2' }}>{translate('harbour.approvals.template.published_version', { version: template.publishedVersion })}</Box>
          )}
          <Box sx={{ flexGrow: 1 }} />
          {editable && <Button label="ra.action.save" variant="contained" startIcon={<SaveIcon />} disabled={busy || (Boolean(template) && !dirty)} onClick={() => void onSave()} />}
          {template && can.publish && !tooDeep && <Button label="harbour.approvals.template.publish" startIcon={<PublishIcon />} disabled={busy} onClick={() => void onPublish()} />}
          {template && editable && template.status === 'ACTIVE' && (
            <Button
              label="harbour.approvals.template.disable"
              startIcon={<PauseCircleIcon />}
              disabled={busy}
              onClick={() => void run(() => operations.disableApprovalTemplate(template.id, template.version), 'harbour.approvals.template.disabled')}
            />
          )}
          {template && editable && template.status === 'DISABLED' && (
            <Button
              label="harbour.approvals.template.enable"
              startIcon={<PlayCircleIcon />}
              disabled={busy}
              onClick={() => void run(() => operations.enableApprovalTemplate(template.id, template.version), 'harbour.approvals.template.enabled')}
            />
          )}
          {template && canCreate && (
            <Button
              label="harbour.approvals.template.copy"
              startIcon={<ContentCopyIcon />}
              disabled={busy}
              onClick={() =>
                void operations.copyApprovalTemplate(template.id).then(
                  (copy) => {
                    notify('harbour.approvals.template.copied', { type: 'success' });
                    redirect('edit', 'approvalTemplates', copy.id);
                  },
                  (error: unknown) => notify(errorSentence(error), { type: 'error' }),
                )
              }
            />
          )}
          {template && can.delete && <Button label="ra.action.delete" color="error" startIcon={<DeleteIcon />} disabled={busy} onClick={() => setConfirmDelete(true)} />}
        </Stack>
        {tooDeep && <Alert severity="warning">{translate('harbour.approvals.template.too_deep', { levels: BRANCH_LEVELS })}</Alert>}
        {failure && <Alert severity="error">{translate(failure, { _: failure })}</Alert>}
        {dirty && template?.status !== 'DRAFT' && template && <Alert severity="info">{translate('harbour.approvals.template.draft_hint')}</Alert>}
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <TextField
            size="small"
            label={translate('harbour.approvals.name_zh_hk')}
            value={draft.names.zhHK ?? ''}
            onChange={(event) => edit({ names: { ...draft.names, zhHK: event.target.value } })}
            error={Boolean(nameError)}
            helperText={nameError}
            disabled={!editable}
          />
          <TextField
            size="small"
            label={translate('harbour.approvals.name_en')}
            value={draft.names.en ?? ''}
            onChange={(event) => edit({ names: { ...draft.names, en: event.target.value } })}
            disabled={!editable}
          />
          <TextField
            size="small"
            label={translate('resources.approvalTemplates.fields.category')}
            value={draft.category ?? ''}
            onChange={(event) => edit({ category: event.target.value })}
            disabled={!editable}
          />
        </Stack>
        <Tabs value={area} onChange={(_event, next: Area) => setArea(next)}>
          <Tab
            value="form"
            label={
              <Badge color="error" badgeContent={count('form')}>
                {translate('harbour.approvals.tabs.form')}
              </Badge>
            }
          />
          <Tab
            value="flow"
            label={
              <Badge color="error" badgeContent={count('flow')}>
                {translate('harbour.approvals.tabs.flow')}
              </Badge>
            }
          />
          <Tab
            value="policies"
            label={
              <Badge color="error" badgeContent={count('policies')}>
                {translate('harbour.approvals.tabs.policies')}
              </Badge>
            }
          />
          {template && <Tab value="simulate" label={translate('harbour.approvals.tabs.simulate')} />}
        </Tabs>
        {area === 'form' && <FormBuilder form={draft.definition.form} onChange={(form) => definition({ form })} problems={problems} />}
        {area === 'flow' && <FlowDesigner definition={draft.definition} onChange={(next) => edit({ definition: next })} problems={problems} />}
        {area === 'policies' && <PoliciesPanel policies={draft.definition.policies} onChange={(policies) => definition({ policies })} problems={problems} />}
        {area === 'simulate' && template && (
          <SimulatePanel templateId={template.id} form={template.status === 'ACTIVE' ? ((template.published?.form as Definition['form'] | undefined) ?? null) : null} />
        )}
      </CardContent>
      {template && (
        <Confirm
          isOpen={confirmDelete}
          title="harbour.approvals.template.delete_title"
          titleTranslateOptions={{ name: text(template.names) }}
          content="harbour.approvals.template.delete_content"
          onConfirm={() =>
            void dataProvider.delete('approvalTemplates', { id: template.id, previousData: template }).then(
              () => {
                notify('harbour.approvals.template.deleted', { type: 'success' });
                redirect('list', 'approvalTemplates');
              },
              (error: unknown) => {
                setConfirmDelete(false);
                notify(errorSentence(error), { type: 'error' });
              },
            )
          }
          onClose={() => setConfirmDelete(false)}
        />
      )}
    </Card>
  );
}

/** A new template: the editor starts empty and the first save creates it (`createApprovalTemplate`). */
export function TemplateCreate() {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('harbour.approvals.template.new')} />
      <TemplateEditor onSaved={() => undefined} />
    </Box>
  );
}

/** An existing template in the editor; after every verb it is loaded again (its version and status move). */
export function TemplateEdit() {
  const { id } = useParams<{ id: string }>();
  const { data, isPending, refetch } = useGetOne<Template>('approvalTemplates', { id: id! });
  const text = useLocalized();
  if (isPending || !data) return <Loading />;
  return (
    <Box sx={{ mt: 2 }}>
      <Title title={text(data.names) || data.name} />
      <TemplateEditor key={`${data.id}:${data.version}`} template={data} onSaved={() => void refetch()} />
    </Box>
  );
}
