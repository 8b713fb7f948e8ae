import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { ReadinessBlocker } from '@csip-coach/plugin-csip-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ReadinessPanel } from './ReadinessPanel';

const blockers: ReadinessBlocker[] = [
  {
    code: 'critical-item-not-verified',
    message: 'Critical item not yet verified by the coach: Owner named',
    fix: 'checklist',
    itemId: 'h1',
  },
  {
    code: 'score-below-threshold',
    message: 'Knowledge-transfer score is 42.5 %; 80 % is needed',
    fix: 'checklist',
  },
  {
    code: 'process-not-covered',
    message: 'Change management has nobody proficient or better',
    fix: 'skills',
    process: 'change',
  },
  {
    code: 'review-led-by-coach',
    message: 'The latest Change management review was led by the coach',
    fix: 'reviews',
    process: 'change',
  },
  {
    code: 'no-scope',
    message: 'No processes are in scope yet',
    fix: 'scope',
  },
];

const at = { initialRouteEntries: ['/programmes/p1?tab=handover'] };

describe('ReadinessPanel', () => {
  it('says so with a check when the coach can leave', async () => {
    await renderInTestApp(
      <ReadinessPanel readiness={{ ready: true, blockers: [] }} />,
      at,
    );
    expect(
      screen.getByRole('heading', { name: 'Ready for the coach to leave' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('lists every blocker with a link to where it is fixed', async () => {
    await renderInTestApp(
      <ReadinessPanel readiness={{ ready: false, blockers }} />,
      at,
    );
    expect(
      screen.getByRole('heading', { name: 'Not ready yet: 5 things to do' }),
    ).toBeInTheDocument();
    const items = within(
      screen.getByRole('list', { name: 'Not ready yet: 5 things to do' }),
    ).getAllByRole('listitem');
    expect(items).toHaveLength(5);

    const expected = [
      ['Go to the item', '/programmes/p1?tab=handover#handover-item-h1'],
      ['Go to the checklist', '/programmes/p1?tab=handover#handover-checklist'],
      [
        'Go to the skills matrix',
        '/programmes/p1?tab=handover#handover-skills',
      ],
      ['Go to the reviews', '/programmes/p1?tab=reviews'],
      ['Go to the scope', '/programmes/p1?tab=scope'],
    ];
    items.forEach((item, index) => {
      expect(item).toHaveTextContent(`${blockers[index].message}.`);
      const link = within(item).getByRole('link', { name: expected[index][0] });
      expect(link).toHaveAttribute('href', expected[index][1]);
      expect(link).toHaveAccessibleDescription(`${blockers[index].message}.`);
    });
  });

  it('says one thing in the singular', async () => {
    await renderInTestApp(
      <ReadinessPanel readiness={{ ready: false, blockers: [blockers[2]] }} />,
      at,
    );
    expect(
      screen.getByRole('heading', { name: 'Not ready yet: 1 thing to do' }),
    ).toBeInTheDocument();
  });

  it('moves the focus to the checklist item and tells the caller', async () => {
    const onFix = jest.fn();
    await renderInTestApp(
      <>
        <ReadinessPanel readiness={{ ready: false, blockers }} onFix={onFix} />
        <div id="handover-item-h1" tabIndex={-1}>
          Owner named
        </div>
      </>,
      at,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('link', { name: 'Go to the item' }));
    expect(screen.getByText('Owner named')).toHaveFocus();
    expect(onFix).toHaveBeenCalledWith(blockers[0]);
  });
});
