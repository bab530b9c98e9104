import type { JobRanksQuery } from '../../gql/graphql';
import { clientPage, resourceDataProvider } from '../../providers/dataProvider';
import { graphqlRequest } from '../../providers/graphqlClient';
import { JOB_RANKS } from './operations';

type JobRank = JobRanksQuery['jobRanks'][number];

/** A rank's track: the letters its code starts with (P for professional, M for management …). */
const trackOf = (rank: JobRank) => /^\D*/.exec(rank.code)![0];

/**
 * Ranks in their own order: track by track (the track whose lowest rank is most junior first), each track by level —
 * P1 … P8 then M1 … M5, rather than by level alone, which interleaves the tracks (P4, M1, P5, M2 …).
 */
export function inRankOrder(ranks: JobRank[]): JobRank[] {
  const trackStart = new Map<string, number>();
  for (const rank of ranks) trackStart.set(trackOf(rank), Math.min(trackStart.get(trackOf(rank)) ?? Infinity, rank.level));
  return [...ranks].sort(
    (a, b) => trackStart.get(trackOf(a))! - trackStart.get(trackOf(b))! || trackOf(a).localeCompare(trackOf(b)) || a.level - b.level || a.code.localeCompare(b.code, undefined, { numeric: true }),
  );
}

/** Whether a rank matches what was typed into a picker: its code or name contains it (case-insensitive). */
export const matchesRank = (rank: JobRank, typed: string | undefined) => !typed?.trim() || `${rank.code} ${rank.name}`.toLowerCase().includes(typed.trim().toLowerCase());

const allRanks = async () => inRankOrder((await graphqlRequest(JOB_RANKS)).jobRanks);

/** Job ranks → `jobRanks` (the API returns them all; filtering by what is typed, pages and look-ups are made in the browser). */
export const jobRanksDataProvider = resourceDataProvider({
  getList: async (params) =>
    clientPage(
      (await allRanks()).filter((rank) => matchesRank(rank, params.filter?.q)),
      params,
    ),
  async getOne(id) {
    const rank = (await allRanks()).find((r) => r.id === id);
    if (!rank) throw new Error('ra.notification.item_doesnt_exist');
    return rank;
  },
  getMany: async (ids) => (await allRanks()).filter((rank) => ids.includes(rank.id)),
});
