import CampaignIcon from '@mui/icons-material/Campaign';
import { Menu } from 'react-admin';
import { lazyView, type ConsoleModule } from '../../module';
import { announcementNonReadersDataProvider, announcementReadersDataProvider, announcementsDataProvider } from './dataProvider';
import { messages } from './messages';

const AnnouncementCreate = lazyView(() => import('./AnnouncementCreate'), 'AnnouncementCreate');
const AnnouncementList = lazyView(() => import('./AnnouncementList'), 'AnnouncementList');
const AnnouncementShow = lazyView(() => import('./AnnouncementShow'), 'AnnouncementShow');

/**
 * Company notices that staff confirm they have read: list, write, publish or schedule, archive, confirm, and — for
 * those who may track them — who has and has not read each one. The copyable example of a console module.
 */
export const announcements: ConsoleModule = {
  name: 'announcements',
  resources: [
    {
      name: 'announcements',
      subject: 'Announcement', // react-admin's access checks read myPermissions for it; publish/archive/confirm are asked by name
      dataProvider: announcementsDataProvider,
      views: { list: AnnouncementList, show: AnnouncementShow, create: AnnouncementCreate, icon: CampaignIcon, recordRepresentation: 'title' },
    },
    // Data only, listed on an announcement's page for those who may track it.
    { name: 'announcementReaders', subject: 'Announcement', actions: { list: 'track' }, dataProvider: announcementReadersDataProvider },
    { name: 'announcementNonReaders', subject: 'Announcement', actions: { list: 'track' }, dataProvider: announcementNonReadersDataProvider },
  ],
  menu: () => <Menu.ResourceItem name="announcements" />, // hides itself without read permission
  messages,
  audit: { actionPrefixes: ['announcements.'], targetTypes: ['Announcement'] },
};
