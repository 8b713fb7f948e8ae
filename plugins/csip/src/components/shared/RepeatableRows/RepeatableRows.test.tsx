import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { RepeatableRows, type RepeatableRowsProps } from './RepeatableRows';

type Row = { name: string; note: string };

const Rows = ({
  initial = [],
  onChange,
  ...props
}: Partial<RepeatableRowsProps<Row>> & { initial?: Row[] }) => {
  const [value, setValue] = useState<Row[]>(initial);
  return (
    <RepeatableRows<Row>
      value={value}
      onChange={next => {
        setValue(next);
        onChange?.(next);
      }}
      itemLabel="Milestone"
      newRow={() => ({ name: '', note: '' })}
      field="milestones"
      emptyText="No milestones yet."
      renderRow={({ item, number, update, error }) => (
        <>
          <label>
            Name {number}
            <input
              value={item.name}
              onChange={e => update({ name: e.target.value })}
            />
          </label>
          {error('name') && <span>{error('name')}</span>}
        </>
      )}
      {...props}
    />
  );
};

describe('RepeatableRows', () => {
  it('says when there are no rows, and adds one with focus on its first field', async () => {
    const user = userEvent.setup();
    render(<Rows />);
    expect(screen.getByText('No milestones yet.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add milestone' }));
    const row = screen.getByRole('group', { name: 'Milestone 1' });
    await waitFor(() => {
      expect(row).toBeInTheDocument();
    });
    expect(screen.getByRole('textbox', { name: 'Name 1' })).toHaveFocus();
    expect(screen.queryByText('No milestones yet.')).not.toBeInTheDocument();
  });

  it('updates and removes the row it is asked to', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(
      <Rows
        initial={[
          { name: 'Kick-off', note: 'a' },
          { name: 'Review', note: 'b' },
        ]}
        onChange={onChange}
      />,
    );
    await user.type(screen.getByRole('textbox', { name: 'Name 2' }), '!');
    expect(onChange).toHaveBeenLastCalledWith([
      { name: 'Kick-off', note: 'a' },
      { name: 'Review!', note: 'b' },
    ]);

    await user.click(
      screen.getByRole('button', { name: 'Remove milestone 1' }),
    );
    expect(onChange).toHaveBeenLastCalledWith([{ name: 'Review!', note: 'b' }]);
    expect(screen.getAllByRole('group')).toHaveLength(1);
  });

  it('shows the form errors of each row', () => {
    render(
      <Rows
        initial={[
          { name: '', note: '' },
          { name: '', note: '' },
        ]}
        errors={{ 'milestones.1.name': 'Required' }}
      />,
    );
    const second = screen.getByRole('group', { name: 'Milestone 2' });
    expect(second).toHaveTextContent('Required');
    expect(
      screen.getByRole('group', { name: 'Milestone 1' }),
    ).not.toHaveTextContent('Required');
  });

  it('neither adds nor removes when read only', () => {
    render(
      <Rows initial={[{ name: 'Kick-off', note: '' }]} disabled>
        <p>Not allowed</p>
      </Rows>,
    );
    expect(
      screen.getByRole('button', { name: 'Add milestone' }),
    ).toBeDisabled();
    expect(
      screen.getByRole('button', { name: 'Remove milestone 1' }),
    ).toBeDisabled();
    expect(screen.getByText('Not allowed')).toBeInTheDocument();
  });

  it('leaves rows unnamed when their field carries the name', () => {
    render(
      <Rows initial={[{ name: 'Kick-off', note: '' }]} labelRows={false} />,
    );
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
  });
});
