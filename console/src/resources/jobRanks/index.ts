import WorkspacePremiumIcon from '@mui/icons-material/WorkspacePremium';
import type { RaRecord } from 'react-admin';
import type { ConsoleModule } from '../../module';
import { jobRanksDataProvider } from './dataProvider';
import { messages } from './messages';

/** Job ranks: no pages of their own, only chosen in people forms and filters. */
export const jobRanks: ConsoleModule = {
  name: 'jobRanks',
  resources: [
    {
      name: 'jobRanks',
      subject: 'JobRank',
      dataProvider: jobRanksDataProvider,
      views: { icon: WorkspacePremiumIcon, recordRepresentation: (record: RaRecord) => `${record.code} · ${record.name}` },
    },
  ],
  messages,
  audit: { targetTypes: ['JobRank'] },
};
