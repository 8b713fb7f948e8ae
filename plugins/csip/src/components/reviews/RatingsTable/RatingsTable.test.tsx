import { renderInTestApp } from '@backstage/frontend-test-utils';
import type { ReviewRating } from '@csip-coach/plugin-csip-common';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { aChangeProcess } from '../../../__testUtils__/reviewFixtures';
import { RatingsTable } from './RatingsTable';

const process = aChangeProcess();
const criterion = (id: string) => process.criteria.find(c => c.id === id)!;
const LEVEL_1_IDS = ['change-1-1', 'change-1-2', 'change-1-3', 'change-1-4'];

const Controlled = ({
  initial = [],
  onChange = () => {},
  errors,
}: {
  initial?: ReviewRating[];
  onChange?: (ratings: ReviewRating[]) => void;
  errors?: Record<string, string>;
}) => {
  const [ratings, setRatings] = useState(initial);
  const [showTeam, setShowTeam] = useState(false);
  return (
    <RatingsTable
      process={process}
      ratings={ratings}
      onChange={next => {
        setRatings(next);
        onChange(next);
      }}
      showTeam={showTeam}
      onShowTeamChange={setShowTeam}
      errors={errors}
    />
  );
};

/** Level 1 Fully, level 2 Largely but for change-2-4, Partly. */
const LEVEL_2_HELD_BACK: ReviewRating[] = [
  ...LEVEL_1_IDS.map(criterionId => ({ criterionId, coach: 'F' as const })),
  ...['change-2-1', 'change-2-2', 'change-2-3'].map(criterionId => ({
    criterionId,
    coach: 'L' as const,
  })),
  { criterionId: 'change-2-4', coach: 'P' },
];

const coachGroup = (id: string) =>
  screen.getByRole('radiogroup', { name: criterion(id).text });

describe('RatingsTable', () => {
  it('shows the criteria grouped by level, none rated yet', async () => {
    await renderInTestApp(<Controlled />);

    for (const name of [
      'Level 1 Performed',
      'Level 2 Managed',
      'Level 3 Established',
      'Level 4 Predictable',
      'Level 5 Innovating',
    ]) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    }
    expect(
      screen.getByText(
        'The process is planned, monitored and adjusted; its work products are controlled.',
      ),
    ).toBeInTheDocument();
    const level2 = screen.getByRole('table', { name: 'Level 2 Managed' });
    expect(within(level2).getAllByRole('radiogroup')).toHaveLength(4);
    const group = screen.getByRole('radiogroup', {
      name: criterion('change-2-1').text,
    });
    expect(
      within(group)
        .getAllByRole('radio')
        .map(r => r.closest('label')?.textContent),
    ).toEqual(['Not yet', 'Partly', 'Largely', 'Fully', 'N/A']);
    expect(
      within(group).getByRole('radio', { name: 'Fully' }),
    ).not.toBeChecked();

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('These ratings give level 0 Incomplete.');
    expect(status).toHaveTextContent(
      `${process.criteria.length} not rated yet count as Not yet.`,
    );
  });

  it('rates a criterion and shows the level the ratings give, live', async () => {
    const onChange = jest.fn();
    await renderInTestApp(
      <Controlled
        initial={LEVEL_1_IDS.slice(0, 3).map(criterionId => ({
          criterionId,
          coach: 'F' as const,
        }))}
        onChange={onChange}
      />,
    );
    const user = userEvent.setup({ delay: null });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('These ratings give level 0 Incomplete.');

    await user.click(
      within(
        screen.getByRole('radiogroup', { name: criterion('change-1-4').text }),
      ).getByRole('radio', { name: 'Largely' }),
    );

    expect(onChange).toHaveBeenLastCalledWith([
      { criterionId: 'change-1-1', coach: 'F' },
      { criterionId: 'change-1-2', coach: 'F' },
      { criterionId: 'change-1-3', coach: 'F' },
      { criterionId: 'change-1-4', coach: 'L' },
    ]);
    expect(status).toHaveTextContent('These ratings give level 1 Performed.');
    expect(status).toHaveTextContent(
      `${process.criteria.length - 4} not rated yet count as Not yet.`,
    );
    expect(screen.getAllByText('4 of 4 rated')).toHaveLength(1);
  });

  it('rates a whole level in one go', async () => {
    const onChange = jest.fn();
    await renderInTestApp(<Controlled onChange={onChange} />);
    const user = userEvent.setup({ delay: null });

    await user.click(
      screen.getByRole('button', { name: 'Rate all Fully, level 1' }),
    );
    expect(onChange).toHaveBeenLastCalledWith(
      LEVEL_1_IDS.map(criterionId => ({ criterionId, coach: 'F' })),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'These ratings give level 1 Performed.',
    );

    await user.click(
      screen.getByRole('button', { name: 'Rate all Not yet, level 1' }),
    );
    expect(onChange).toHaveBeenLastCalledWith(
      LEVEL_1_IDS.map(criterionId => ({ criterionId, coach: 'N' })),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'These ratings give level 0 Incomplete.',
    );
  });

  it('adds the team’s self-rating in a second column', async () => {
    const onChange = jest.fn();
    await renderInTestApp(
      <Controlled
        initial={[{ criterionId: 'change-1-1', coach: 'L' }]}
        onChange={onChange}
      />,
    );
    const user = userEvent.setup({ delay: null });
    const teamLabel = `Team rating for ${criterion('change-1-1').text}`;
    expect(
      screen.queryByRole('radiogroup', { name: teamLabel }),
    ).not.toBeInTheDocument();

    await user.click(
      screen.getByRole('checkbox', { name: 'Add the team’s self-rating' }),
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'The team has not rated any criterion yet.',
    );
    await user.click(
      within(screen.getByRole('radiogroup', { name: teamLabel })).getByRole(
        'radio',
        { name: 'Fully' },
      ),
    );
    expect(onChange).toHaveBeenLastCalledWith([
      { criterionId: 'change-1-1', coach: 'L', team: 'F' },
    ]);

    await user.click(
      within(
        screen.getByRole('radiogroup', {
          name: `Team rating for ${criterion('change-1-2').text}`,
        }),
      ).getByRole('radio', { name: 'Partly' }),
    );
    expect(onChange).toHaveBeenLastCalledWith([
      { criterionId: 'change-1-1', coach: 'L', team: 'F' },
      { criterionId: 'change-1-2', coach: 'N', team: 'P' },
    ]);
    expect(
      within(
        screen.getByRole('radiogroup', { name: criterion('change-1-2').text }),
      ).getByRole('radio', { name: 'Not yet' }),
    ).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(
      'The team’s ratings give level 0 Incomplete.',
    );
  });
  it('offers each criterion’s questions to ask, closed at first', async () => {
    await renderInTestApp(<Controlled />);
    const user = userEvent.setup({ delay: null });
    const { text, questions } = criterion('change-2-1');
    expect(questions.length).toBeGreaterThanOrEqual(2);
    const level2 = screen.getByRole('table', { name: 'Level 2 Managed' });
    expect(
      within(level2).getAllByRole('button', { name: /^Questions to ask: / }),
    ).toHaveLength(4);

    const toggle = screen.getByRole('button', {
      name: `Questions to ask: ${text}`,
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await user.keyboard('{Enter}');
    const list = screen.getByRole('list', {
      name: `Questions to ask: ${text}`,
    });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(questions);
  });

  it('rates a criterion N/A, asks why and leaves it out of the level', async () => {
    const onChange = jest.fn();
    await renderInTestApp(
      <Controlled initial={LEVEL_2_HELD_BACK} onChange={onChange} />,
    );
    const user = userEvent.setup({ delay: null });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('These ratings give level 1 Performed.');
    expect(
      screen.queryByRole('textbox', { name: /not applicable/ }),
    ).not.toBeInTheDocument();

    await user.click(
      within(coachGroup('change-2-4')).getByRole('radio', { name: 'N/A' }),
    );
    expect(onChange).toHaveBeenLastCalledWith([
      ...LEVEL_2_HELD_BACK.slice(0, 7),
      { criterionId: 'change-2-4', coach: 'NA', naReason: '' },
    ]);
    expect(status).toHaveTextContent('These ratings give level 2 Managed.');
    expect(status).toHaveTextContent(
      '1 criterion not applicable is left out: the level comes from the applicable criteria.',
    );
    const reason = screen.getByRole('textbox', {
      name: 'Why is it not applicable?',
    });
    expect(reason).toBeRequired();
    await user.type(reason, 'No partners');
    expect(onChange).toHaveBeenLastCalledWith([
      ...LEVEL_2_HELD_BACK.slice(0, 7),
      { criterionId: 'change-2-4', coach: 'NA', naReason: 'No partners' },
    ]);

    await user.click(
      within(coachGroup('change-2-4')).getByRole('radio', { name: 'Fully' }),
    );
    expect(onChange).toHaveBeenLastCalledWith([
      ...LEVEL_2_HELD_BACK.slice(0, 7),
      { criterionId: 'change-2-4', coach: 'F' },
    ]);
    expect(
      screen.queryByRole('textbox', { name: /not applicable/ }),
    ).not.toBeInTheDocument();
  });

  it('says in words that a reason is missing, and when a whole level is N/A', async () => {
    await renderInTestApp(
      <Controlled
        initial={[
          ...LEVEL_2_HELD_BACK.slice(0, 4),
          ...['change-2-1', 'change-2-2', 'change-2-3'].map(criterionId => ({
            criterionId,
            coach: 'NA' as const,
            naReason: 'Not here',
          })),
          { criterionId: 'change-2-4', coach: 'NA', naReason: '' },
        ]}
        errors={{ 'ratings.7.naReason': 'Required' }}
      />,
    );
    const reasons = screen.getAllByRole('textbox', {
      name: 'Why is it not applicable?',
    });
    expect(reasons).toHaveLength(4);
    expect(reasons[3]).toHaveAccessibleDescription(
      /Required: say why this criterion does not apply here/,
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'Level 2 Managed has no applicable criterion, so it cannot be reached.',
    );
    expect(screen.getByRole('status')).toHaveTextContent(
      'These ratings give level 1 Performed.',
    );
  });

  it('records the evidence behind a rating and counts the ratings with evidence', async () => {
    const onChange = jest.fn();
    await renderInTestApp(
      <Controlled
        initial={[{ criterionId: 'change-1-1', coach: 'F' }]}
        onChange={onChange}
      />,
    );
    const user = userEvent.setup({ delay: null });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('0 of 1 rating has evidence.');
    const evidence = within(
      screen.getByRole('group', {
        name: `Evidence for ${criterion('change-1-1').text}`,
      }),
    );
    await user.click(evidence.getByRole('button', { name: 'Add evidence' }));
    const kind = evidence.getByRole('combobox', { name: 'Kind of evidence' });
    expect(kind).toHaveValue('observation');
    expect(kind).toHaveFocus();
    await user.selectOptions(
      evidence.getByRole('combobox', { name: 'Kind of evidence' }),
      'Document',
    );
    await user.click(evidence.getByRole('textbox', { name: 'Evidence note' }));
    await user.paste('Change records');
    await user.click(
      evidence.getByRole('textbox', { name: 'Link (optional)' }),
    );
    await user.paste('https://wiki.example.com');
    expect(onChange).toHaveBeenLastCalledWith([
      {
        criterionId: 'change-1-1',
        coach: 'F',
        evidence: [
          {
            kind: 'document',
            note: 'Change records',
            link: 'https://wiki.example.com',
          },
        ],
      },
    ]);
    expect(status).toHaveTextContent('1 of 1 rating has evidence.');

    // Evidence before a rating rates the criterion Not yet, as unrated counts.
    await user.click(
      within(
        screen.getByRole('group', {
          name: `Evidence for ${criterion('change-1-2').text}`,
        }),
      ).getByRole('button', { name: 'Add evidence' }),
    );
    expect(onChange).toHaveBeenLastCalledWith([
      expect.objectContaining({ criterionId: 'change-1-1' }),
      {
        criterionId: 'change-1-2',
        coach: 'N',
        evidence: [{ kind: 'observation', note: '' }],
      },
    ]);
    expect(status).toHaveTextContent('2 of 2 ratings have evidence.');

    await user.click(
      evidence.getByRole('button', { name: 'Remove evidence 1' }),
    );
    expect(onChange.mock.lastCall[0][0]).toEqual({
      criterionId: 'change-1-1',
      coach: 'F',
      evidence: [],
    });
  });
});
