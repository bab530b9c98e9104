import { defineMessages } from '../../module';

const en = {
  resources: {
    jobRanks: { name: 'Job rank |||| Job ranks' },
  },
};

/** The job ranks module's slice of the console's catalogs (English, 繁體中文, 简体中文). */
export const messages = defineMessages(en, {
  'zh-HK': {
    resources: {
      jobRanks: { name: '職級' },
    },
  },
  'zh-CN': {
    resources: {
      jobRanks: { name: '职级' },
    },
  },
});
