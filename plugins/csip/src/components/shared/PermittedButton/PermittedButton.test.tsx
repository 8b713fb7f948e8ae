import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotAllowedNote } from './NotAllowedNote';
import { PermittedButton } from './PermittedButton';

describe('PermittedButton', () => {
  it('shows nothing while the permission is being checked', () => {
    const { container } = render(
      <PermittedButton
        access={{ loading: true, allowed: false }}
        reasonId="why"
      >
        Publish
      </PermittedButton>,
    );
    expect(container).toBeEmptyDOMElement();
  });

  it('is an ordinary button when the user may act', async () => {
    const onClick = jest.fn();
    render(
      <PermittedButton
        access={{ loading: false, allowed: true }}
        reasonId="why"
        onClick={onClick}
      >
        Publish
      </PermittedButton>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Publish' }));
    expect(onClick).toHaveBeenCalled();
    expect(screen.getByRole('button')).not.toHaveAttribute('aria-describedby');
  });

  it('is disabled and described by the reason when the user may not', () => {
    const onClick = jest.fn();
    render(
      <PermittedButton
        access={{
          loading: false,
          allowed: false,
          reason: 'Only the programme’s coaches record reviews',
        }}
        reasonId="why"
        aria-describedby="context"
        type="submit"
        onClick={onClick}
      >
        Publish
      </PermittedButton>,
    );
    const button = screen.getByRole('button', { name: 'Publish' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('type', 'button');
    expect(button).toHaveAttribute('aria-describedby', 'context why');
    expect(
      screen.getByText('Only the programme’s coaches record reviews.'),
    ).toHaveAttribute('id', 'why');
  });
});

describe('NotAllowedNote', () => {
  it('shows the reason as a sentence, or nothing without one', () => {
    const { rerender, container } = render(
      <NotAllowedNote id="why" reason="Ask your admin." />,
    );
    expect(screen.getByText('Ask your admin.')).toHaveAttribute('id', 'why');
    rerender(<NotAllowedNote id="why" />);
    expect(container).toBeEmptyDOMElement();
  });
});
