import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { csipApiRef } from '../../../api';
import { mockCsipApi } from '../../../__testUtils__/mockCsipApi';
import { ToneTextField } from './ToneTextField';

const Controlled = ({
  initial,
  onChange = () => {},
  error,
}: {
  initial: string;
  onChange?: (value: string) => void;
  error?: string;
}) => {
  const [value, setValue] = useState(initial);
  return (
    <ToneTextField
      label="Observation"
      value={value}
      error={error}
      onChange={next => {
        setValue(next);
        onChange(next);
      }}
    />
  );
};

describe('ToneTextField', () => {
  it('flags judgemental wording and rephrases it in one click', async () => {
    const onChange = jest.fn();
    await renderInTestApp(
      <Controlled
        initial="The team failed to record approvals"
        onChange={onChange}
      />,
    );
    const user = userEvent.setup({ delay: null });

    const field = screen.getByRole('textbox', { name: 'Observation' });
    expect(field).toHaveAccessibleDescription(/1 wording to reconsider/);
    const findings = screen.getByRole('list');
    expect(within(findings).getByRole('listitem')).toHaveTextContent(
      '“failed to” — Verdict',
    );
    expect(
      screen.getByText('Judges instead of describing what was seen.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Use “did not yet”' }));

    expect(onChange).toHaveBeenLastCalledWith(
      'The team did not yet record approvals',
    );
    expect(field).toHaveValue('The team did not yet record approvals');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryByText(/to reconsider/)).not.toBeInTheDocument();
  });

  it('checks the text as the coach types', async () => {
    await renderInTestApp(<Controlled initial="" />);
    const user = userEvent.setup({ delay: null });

    await user.type(
      screen.getByRole('textbox', { name: 'Observation' }),
      'Nobody reads the schedule and the CAB is a mess',
    );

    expect(screen.getByText('2 wordings to reconsider')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText(/“Nobody” — Absolute/)).toBeInTheDocument();
  });

  it('shows nothing for neutral wording', async () => {
    await renderInTestApp(
      <Controlled initial="Approvals are recorded in the change tool" />,
    );
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText(/to reconsider/)).not.toBeInTheDocument();
  });

  it("checks with the portal's csip.tone additions, as the server does", async () => {
    const csipApi = mockCsipApi({
      getToneConfig: async () => ({
        extraPhrases: [
          {
            phrase: 'heads will roll',
            category: 'command',
            suggestion: 'we will look at this together',
            why: 'Threats close the conversation.',
          },
        ],
        allow: ['lazy evaluation'],
      }),
    });
    await renderInTestApp(
      <Controlled initial="Lazy evaluation is on, or heads will roll" />,
      { apis: [[csipApiRef, csipApi]] },
    );
    // Wait for the configuration: "heads will roll" is also a built-in
    // threat, so only the admin's own "why" shows the additions arrived.
    expect(
      await screen.findByText('Threats close the conversation.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/“heads will roll” — Command/)).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(csipApi.getToneConfig).toHaveBeenCalledTimes(1);
  });

  it('shows why each finding gets in the way', async () => {
    await renderInTestApp(
      <Controlled initial="The team keeps breaking the build" />,
    );
    expect(screen.getByText(/“keeps breaking” — Absolute/)).toBeInTheDocument();
    expect(
      screen.getByText(/Habitual blame .* turns some occasions into a trait/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'Use “has on several occasions broken”',
      }),
    ).toBeInTheDocument();
  });

  it('shows a validation error instead of the tone summary', async () => {
    await renderInTestApp(<Controlled initial="" error="Required" />);
    expect(
      screen.getByRole('textbox', { name: 'Observation' }),
    ).toHaveAccessibleDescription(/^Required/);
    expect(screen.getByRole('textbox', { name: 'Observation' })).toBeInvalid();
  });
});
