import { describe, expect, it } from 'vitest';
import { apiError, errorSentence } from '../src/providers/graphqlClient';

describe('errorSentence', () => {
  const cycle = apiError('A department cannot move under itself.', 'DEPARTMENT_CYCLE', [{ field: 'newParentId', code: 'DEPARTMENT_CYCLE', message: 'A department cannot move under itself.' }]);
  const selfManager = apiError('Some input is invalid.', 'BAD_USER_INPUT', [{ field: 'input.managerId', code: 'SELF_MANAGER', message: 'A person cannot be their own manager.' }]);

  it('says a refusal once when its field problem repeats it', () => {
    expect(errorSentence(cycle)).toBe('A department cannot move under itself.');
  });

  it('gives the problems instead of the generic "some input is invalid"', () => {
    expect(errorSentence(selfManager)).toBe('A person cannot be their own manager.');
    const two = apiError('Some input is invalid.', 'BAD_USER_INPUT', [
      { field: 'name', code: 'REQUIRED', message: 'Required.' },
      { field: 'code', code: 'REQUIRED', message: 'Required.' },
      { field: 'code', code: 'TOO_LONG', message: 'Too long.' },
    ]);
    expect(errorSentence(two)).toBe('Required. Too long.');
  });

  it('leaves out problems shown beside their inputs, and says nothing more when all are', () => {
    expect(errorSentence(selfManager, (field) => field === 'input.managerId')).toBe('');
    expect(errorSentence(cycle, (field) => field === 'newParentId')).toBe('A department cannot move under itself.');
  });

  it('keeps a plain refusal and a generic error without field problems', () => {
    expect(errorSentence(apiError('You may not do this.', 'FORBIDDEN'))).toBe('You may not do this.');
    expect(errorSentence(apiError('Some input is invalid.', 'BAD_USER_INPUT'))).toBe('Some input is invalid.');
  });
});
