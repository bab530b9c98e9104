import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { transitionTable } from './transitions.js';

type Status = 'OPEN' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';
const table = transitionTable<Status, 'approve' | 'reject' | 'withdraw'>('SAMPLE', 'Sample', {
  approve: { from: ['OPEN'], to: 'APPROVED' },
  reject: { from: ['OPEN'], to: 'REJECTED' },
  withdraw: { from: ['OPEN', 'APPROVED'], to: 'WITHDRAWN' },
});

/** Stands in for the unit of work: what `apply` flushes (the e2e race test covers the real UPDATE … WHERE version). */
const unitOfWork = (outcome: 'ok' | 'stale' | Error = 'ok') => {
  const flushed: string[] = [];
  const em = {
    flush: async () => {
      if (outcome === 'stale') throw OptimisticLockError.lockFailed('Sample');
      if (outcome instanceof Error) throw outcome;
      flushed.push('flush');
    },
  } as unknown as EntityManager;
  return { em, flushed };
};

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return null;
  } catch (error) {
    return error instanceof AppError ? { code: error.code, params: error.params } : error;
  }
};

describe('transition tables', () => {
  it('answer which verbs a state allows', () => {
    expect(table.verbsFrom('OPEN')).toEqual(['approve', 'reject', 'withdraw']);
    expect(table.verbsFrom('APPROVED')).toEqual(['withdraw']);
    expect(table.verbsFrom('WITHDRAWN')).toEqual([]);
    expect(table.allows('reject', 'APPROVED')).toBe(false);
    expect(table.invalidCode).toBe('SAMPLE_INVALID_TRANSITION');
  });

  it('apply a legal move: the state and the accompanying fields change, then it is flushed at once', async () => {
    const record = { status: 'OPEN' as Status, version: 3, decidedBy: null as string | null };
    const { em, flushed } = unitOfWork();
    await table.apply(em, record, 'approve', { expectedVersion: 3, change: (r) => (r.decidedBy = 'me') });
    expect(record).toEqual({ status: 'APPROVED', version: 3, decidedBy: 'me' });
    expect(flushed).toEqual(['flush']);
  });

  it('refuse an illegal move with the domain’s code, before anything changes or is flushed', async () => {
    const record = { status: 'REJECTED' as Status, version: 1 };
    const { em, flushed } = unitOfWork();
    expect(await codeOf(table.apply(em, record, 'approve'))).toEqual({ code: 'SAMPLE_INVALID_TRANSITION', params: { verb: 'approve', status: 'REJECTED' } });
    expect(record.status).toBe('REJECTED');
    expect(flushed).toEqual([]);
  });

  it('refuse a caller who saw another version (VERSION_CONFLICT) and map a lost optimistic lock to the same code', async () => {
    const { em } = unitOfWork();
    expect(await codeOf(table.apply(em, { status: 'OPEN', version: 2 }, 'approve', { expectedVersion: 1 }))).toEqual({ code: 'VERSION_CONFLICT', params: { subject: 'Sample' } });
    expect(await codeOf(table.apply(unitOfWork('stale').em, { status: 'OPEN', version: 2 }, 'reject'))).toEqual({ code: 'VERSION_CONFLICT', params: { subject: 'Sample' } });
    const other = new Error('connection lost');
    expect(await codeOf(table.apply(unitOfWork(other).em, { status: 'OPEN', version: 2 }, 'reject'))).toBe(other);
  });

  it('move in memory with the same checks, flushing nothing (for records flushed with another)', () => {
    const record = { status: 'OPEN' as Status, version: 2, decidedBy: null as string | null };
    expect(table.move(record, 'approve', { change: (r) => (r.decidedBy = 'me') })).toEqual({ status: 'APPROVED', version: 2, decidedBy: 'me' });
    expect(() => table.move(record, 'approve')).toThrow('SAMPLE_INVALID_TRANSITION');
    expect(() => table.move({ status: 'OPEN', version: 2 }, 'reject', { expectedVersion: 1 })).toThrow('VERSION_CONFLICT');
  });

  it('insist on an upper-case domain (it becomes the error code)', () => {
    expect(() => transitionTable('sample', 'Sample', {})).toThrow('upper snake case');
  });
});
