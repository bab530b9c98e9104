import AccountTreeIcon from '@mui/icons-material/AccountTree';
import AssignmentIcon from '@mui/icons-material/Assignment';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import BarChartIcon from '@mui/icons-material/BarChart';
import ForwardToInboxIcon from '@mui/icons-material/ForwardToInbox';
import NoteAddIcon from '@mui/icons-material/NoteAdd';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Menu, useCanAccess, useTranslate } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { approvalRequestsDataProvider, approvalTemplatesDataProvider, copiedApprovalRequestsDataProvider, myApprovalRequestsDataProvider, myApprovalTasksDataProvider } from './dataProvider';
import { messages } from './messages';

const TemplateList = lazyView(() => import('./TemplateList'), 'TemplateList');
const TemplateCreate = lazyView(() => import('./TemplateEditor'), 'TemplateCreate');
const TemplateEdit = lazyView(() => import('./TemplateEditor'), 'TemplateEdit');
const RequestList = lazyView(() => import('./RequestList'), 'RequestList');
const RequestShow = lazyView(() => import('./RequestShow'), 'RequestShow');
const MyRequestsPage = lazyView(() => import('./RequestList'), 'MyRequestsPage');
const CopiedToMePage = lazyView(() => import('./RequestList'), 'CopiedToMePage');
const MyTasksPage = lazyView(() => import('./MyTasksPage'), 'MyTasksPage');
const SubmitPage = lazyView(() => import('./SubmitPage'), 'SubmitPage');
const MetricsPage = lazyView(() => import('./MetricsPage'), 'MetricsPage');

// Staff see their own entries (tasks, submitting, their requests, copies); the template list is for those who make them,
// the metrics for those who may analyse templates (`analyze ApprovalTemplate`: HR and admins).
function ApprovalsMenu() {
  const translate = useTranslate();
  const { canAccess: mayApprove } = useCanAccess({ resource: 'myApprovalTasks', action: 'list' });
  const { canAccess: maySubmit } = useCanAccess({ resource: 'approvalRequests', action: 'submit' });
  const { canAccess: makesTemplates } = useCanAccess({ resource: 'approvalTemplates', action: 'create' });
  const { canAccess: analyses } = useCanAccess({ resource: 'approvalTemplates', action: 'analyze' });
  return (
    <>
      {mayApprove && <Menu.Item to="/approvals/tasks" primaryText={translate('harbour.approvals.menu.tasks')} leftIcon={<TaskAltIcon />} />}
      {maySubmit && <Menu.Item to="/approvals/submit" primaryText={translate('harbour.approvals.menu.submit')} leftIcon={<NoteAddIcon />} />}
      {maySubmit && <Menu.Item to="/approvals/mine" primaryText={translate('harbour.approvals.menu.mine')} leftIcon={<AssignmentIndIcon />} />}
      {maySubmit && <Menu.Item to="/approvals/copied" primaryText={translate('harbour.approvals.menu.copied')} leftIcon={<ForwardToInboxIcon />} />}
      <Menu.ResourceItem name="approvalRequests" />
      {makesTemplates && <Menu.ResourceItem name="approvalTemplates" />}
      {analyses && <Menu.Item to="/approvals/metrics" primaryText={translate('harbour.approvals.menu.metrics')} leftIcon={<BarChartIcon />} />}
    </>
  );
}

/**
 * Approvals: templates (form builder, flow designer, policies, simulation), the requests with their route, timeline and
 * verbs, each person's own: tasks to decide, submitting, their requests and those they are copied on; and the metrics
 * (volumes, cycle times, rates, breaches, rubber stamps per template and step) for those who may analyse templates.
 */
export const approvals: ConsoleModule = {
  name: 'approvals',
  resources: [
    {
      name: 'approvalTemplates',
      subject: 'ApprovalTemplate',
      dataProvider: approvalTemplatesDataProvider,
      views: { list: TemplateList, create: TemplateCreate, edit: TemplateEdit, icon: AccountTreeIcon, recordRepresentation: 'name' },
    },
    {
      name: 'approvalRequests',
      subject: 'ApprovalRequest',
      dataProvider: approvalRequestsDataProvider,
      views: { list: RequestList, show: RequestShow, icon: AssignmentIcon, recordRepresentation: 'title' },
    },
    // Data only, listed on the person's own pages.
    { name: 'myApprovalRequests', subject: 'ApprovalRequest', actions: { list: 'submit' }, dataProvider: myApprovalRequestsDataProvider },
    { name: 'approvalRequestsCopiedToMe', subject: 'ApprovalRequest', dataProvider: copiedApprovalRequestsDataProvider },
    { name: 'myApprovalTasks', subject: 'ApprovalTask', actions: { list: 'approve' }, dataProvider: myApprovalTasksDataProvider },
  ],
  menu: ApprovalsMenu,
  routes: [
    { path: '/approvals/tasks', element: <MyTasksPage /> },
    { path: '/approvals/submit', element: <SubmitPage /> },
    { path: '/approvals/submit/:templateId', element: <SubmitPage /> },
    { path: '/approvals/mine', element: <MyRequestsPage /> },
    { path: '/approvals/copied', element: <CopiedToMePage /> },
    { path: '/approvals/metrics', element: <MetricsPage /> },
  ],
  messages,
  audit: { actionPrefixes: ['approvals.'], targetTypes: ['ApprovalTemplate', 'ApprovalRequest', 'ApprovalTask'] },
};
