import { programmeCreateSchema } from '@csip-coach/plugin-csip-common';
import { act, renderHook } from '@testing-library/react';
import { flattenErrors } from './checkDraft';
import { useFormDialog } from './useFormDialog';

type Draft = { title: string; driver: string; ownerRef: string };

const EMPTY: Draft = { title: '', driver: '', ownerRef: '' };

function renderForm(onSubmit = jest.fn(async () => {})) {
  return renderHook(() =>
    useFormDialog({
      schema: programmeCreateSchema,
      defaultValues: EMPTY,
      toBody: draft => ({ ...draft, driver: draft.driver || undefined }),
      check: (draft, found) => {
        if (!draft.ownerRef) found.ownerRef = 'Choose an owner';
      },
      onSubmit,
    }),
  );
}

describe('useFormDialog', () => {
  it('words the schema’s problems as the forms do, then adds its own', async () => {
    const onSubmit = jest.fn(async () => {});
    const { result } = renderForm(onSubmit);

    await act(() => result.current.submit());

    expect(result.current.errors).toEqual({
      title: 'Required',
      driver: 'Required',
      ownerRef: 'Choose an owner',
    });
    expect(result.current.errorCount).toBe(3);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the parsed body and keeps the server’s refusal', async () => {
    const onSubmit = jest.fn(async () => {
      throw Object.assign(new Error('The programme changed meanwhile'), {
        statusCode: 409,
      });
    });
    const { result } = renderForm(onSubmit);
    act(() => {
      result.current.form.setValue('title', '  Change CSIP ');
      result.current.form.setValue('driver', 'strategic');
      result.current.form.setValue('ownerRef', 'group:default/it-operations');
    });

    await act(() => result.current.submit());

    expect(onSubmit).toHaveBeenCalledWith(
      {
        title: 'Change CSIP',
        vision: '',
        driver: 'strategic',
        businessDrivers: [],
        ownerRef: 'group:default/it-operations',
        members: [],
      },
      expect.objectContaining({ title: '  Change CSIP ' }),
    );
    expect(result.current.errors).toEqual({});
    expect(result.current.serverError).toBe('The programme changed meanwhile');
    expect(result.current.stale).toBe(true);

    act(() => result.current.reset());
    expect(result.current.serverError).toBeUndefined();
  });
});

describe('flattenErrors', () => {
  it('names each message by its dotted path, an array’s own by the array', () => {
    expect(
      flattenErrors({
        title: { type: 'validate', message: 'Required' },
        members: [
          undefined,
          { userRef: { type: 'validate', message: 'Choose a person' } },
        ],
        processes: { root: { type: 'too_small', message: 'Add one' } },
      }),
    ).toEqual({
      title: 'Required',
      'members.1.userRef': 'Choose a person',
      processes: 'Add one',
    });
  });
});
