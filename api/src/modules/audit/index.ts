import type { HarbourModule } from '../../core/context/module.js';
import { AuditChainCheckpoint, AuditChainHead, AuditEntry } from './audit-entry.entity.js';
import { pruneAuditLog } from './audit.jobs.js';
import { AuditResolver } from './audit.resolver.js';
import { appendAuditEntries } from './audit.service.js';

/** The hash-chained audit log: an entry for every audited fact, written in the same transaction. */
export const auditModule: HarbourModule = {
  name: 'audit',
  entities: [AuditEntry, AuditChainHead, AuditChainCheckpoint],
  resolvers: [AuditResolver],
  messages: { SUBJECT_AuditEntry: { en: 'audit entry', 'zh-HK': '審計紀錄', 'zh-CN': '审计记录' } },
  subjects: [{ name: 'AuditEntry', description: 'The audit log.', conditionFields: { actorId: 'actorId', targetType: 'targetType' } }],
  transactionHooks: [appendAuditEntries],
  jobs: [pruneAuditLog],
};
