import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useForm } from 'react-hook-form';
import { aProgramme } from '../../../__testUtils__/fixtures';
import { catalogEntities } from '../../../__testUtils__/catalogEntities';
import { OwnerField, ownerOptionLabel } from './OwnerField';

const Form = ({ onOwner }: { onOwner: (ref: string) => void }) => {
  const { control, watch } = useForm({ defaultValues: { owner: '' } });
  const owner = watch('owner');
  if (owner) onOwner(owner);
  return (
    <OwnerField
      name="owner"
      control={control}
      programme={aProgramme()}
      current="user:default/gone.person"
      emptyLabel="Choose…"
    />
  );
};

describe('OwnerField', () => {
  it('offers each member by display name, the user name after it, and keeps the ref as the value', async () => {
    const onOwner = jest.fn();
    await renderInTestApp(<Form onOwner={onOwner} />, {
      apis: [catalogApiMock({ entities: catalogEntities })],
    });
    const owner = screen.getByRole('combobox', { name: 'Owner' });

    await waitFor(() =>
      expect(
        within(owner)
          .getAllByRole('option')
          .map(option => option.textContent),
      ).toEqual([
        'Choose…',
        'Dana Sponsor (dana.sponsor)',
        'Alex Coach (alex.coach)',
        'priya.change',
        'gone.person',
      ]),
    );

    await userEvent.selectOptions(owner, 'Alex Coach (alex.coach)');
    expect(owner).toHaveValue('user:default/alex.coach');
    expect(onOwner).toHaveBeenLastCalledWith('user:default/alex.coach');
  });

  it('offers user names alone in an app without the catalog', async () => {
    await renderInTestApp(<Form onOwner={jest.fn()} />);
    expect(
      within(screen.getByRole('combobox', { name: 'Owner' }))
        .getAllByRole('option')
        .map(option => option.textContent),
    ).toEqual([
      'Choose…',
      'dana.sponsor',
      'alex.coach',
      'priya.change',
      'gone.person',
    ]);
  });

  it('words an option by display name and user name', () => {
    expect(ownerOptionLabel('user:default/omar.ops', 'Omar Haddad')).toBe(
      'Omar Haddad (omar.ops)',
    );
    expect(ownerOptionLabel('user:default/omar.ops', 'omar.ops')).toBe(
      'omar.ops',
    );
    expect(ownerOptionLabel('user:default/omar.ops')).toBe('omar.ops');
  });
});
