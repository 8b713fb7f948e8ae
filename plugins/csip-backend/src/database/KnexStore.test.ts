import { ConflictError } from '@backstage/errors';
import { assertUpdated, changedColumns, insertOrConflict } from './KnexStore';

describe('changedColumns', () => {
  it('maps the fields that are set to their columns, and only those', () => {
    expect(
      changedColumns(
        { dueDate: '2027-01-01', owner: undefined, status: 'done' },
        { dueDate: 'due_date', owner: 'owner', status: 'status' },
      ),
    ).toEqual({ due_date: '2027-01-01', status: 'done' });
  });

  it('keeps null, which clears a column', () => {
    expect(
      changedColumns({ verifiedBy: null }, { verifiedBy: 'verified_by' }),
    ).toEqual({ verified_by: null });
  });
});

describe('assertUpdated', () => {
  it('is a conflict when no row changed', () => {
    expect(() => assertUpdated(0, 'changed by someone else')).toThrow(
      new ConflictError('changed by someone else'),
    );
    expect(() => assertUpdated(1, 'changed by someone else')).not.toThrow();
  });
});

describe('insertOrConflict', () => {
  it('turns a failed insert into a conflict with the cause', async () => {
    const cause = new Error('UNIQUE constraint failed');
    const error = await insertOrConflict(
      Promise.reject(cause),
      'saved at the same time',
    ).catch(e => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toMatch(/^saved at the same time/);
    expect(error.cause).toBe(cause);
  });
});
