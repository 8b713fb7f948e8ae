import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormDialogActions } from './FormDialogActions';

describe('FormDialogActions', () => {
  it('submits the form around it and cancels', async () => {
    const onSubmit = jest.fn((event: { preventDefault(): void }) =>
      event.preventDefault(),
    );
    const onCancel = jest.fn();
    render(
      <form onSubmit={onSubmit}>
        <FormDialogActions onCancel={onCancel} submitLabel="Create" />
      </form>,
    );
    const user = userEvent.setup({ delay: null });

    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('is disabled while busy, with the busy label, and Cancel too if told', () => {
    render(
      <FormDialogActions
        onCancel={jest.fn()}
        submitLabel="Import programme"
        busyLabel="Importing…"
        busy
        cancelDisabled
      />,
    );
    expect(screen.getByRole('button', { name: 'Importing…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
  });

  it('says why the submit button is disabled', () => {
    render(
      <>
        <p id="why">Only coaches verify.</p>
        <FormDialogActions
          onCancel={jest.fn()}
          submitLabel="Save"
          disabled
          describedBy={[false, 'why', undefined]}
        />
      </>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toBeDisabled();
    expect(save).toHaveAccessibleDescription('Only coaches verify.');
  });

  it('calls onSubmit without a form, with its own cancel label', async () => {
    const onSubmit = jest.fn();
    const onCancel = jest.fn();
    render(
      <FormDialogActions
        onCancel={onCancel}
        cancelLabel="Go back and rephrase"
        onSubmit={onSubmit}
        submitLabel="Publish as it is"
      />,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: 'Publish as it is' }));
    await user.click(
      screen.getByRole('button', { name: 'Go back and rephrase' }),
    );
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
