import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CriterionQuestions } from './CriterionQuestions';

const criterion = {
  text: 'Every change has a recorded risk',
  questions: [
    'What would tell you a change is ready for CAB?',
    'How do you decide how risky a change is?',
  ],
};

describe('CriterionQuestions', () => {
  it('opens and closes the questions from the keyboard', async () => {
    render(<CriterionQuestions criterion={criterion} />);
    const user = userEvent.setup({ delay: null });
    const toggle = screen.getByRole('button', {
      name: 'Questions to ask: Every change has a recorded risk',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(
      screen.queryByRole('list', {
        name: 'Questions to ask: Every change has a recorded risk',
      }),
    ).toBeNull();

    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', {
      name: 'Questions to ask: Every change has a recorded risk',
    });
    expect(toggle).toHaveAttribute('aria-controls', list.id);
    expect(
      screen.getAllByRole('listitem').map(item => item.textContent),
    ).toEqual(criterion.questions);

    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('shows nothing for a criterion without questions', () => {
    const { container } = render(
      <CriterionQuestions criterion={{ text: 'x', questions: [] }} />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
