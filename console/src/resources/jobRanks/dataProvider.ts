import { clientPage, resourceDataProvider } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { JOB_RANKS } from './operations';

const allRanks = async () => (await graphqlRequest(JOB_RANKS)).jobRanks;

/** Job ranks → `jobRanks` (the API returns them all; pages and look-ups are made in the browser). */
export const jobRanksDataProvider = resourceDataProvider({
  getList: async (params) => clientPage(await allRanks(), params),
  async getOne(id) {
    const rank = (await allRanks()).find((r) => r.id === id);
    if (!rank) throw new Error('ra.notification.item_doesnt_exist');
    return rank;
  },
  getMany: async (ids) => (await allRanks()).filter((rank) => ids.includes(rank.id)),
});
