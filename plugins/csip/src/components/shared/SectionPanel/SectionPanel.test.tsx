import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { SectionPanel } from './SectionPanel';

describe('SectionPanel', () => {
  it('is a section named by its heading at the given level', async () => {
    await renderInTestApp(
      <SectionPanel titleId="t" title="Approvers" headingComponent="h4">
        <p>Body</p>
      </SectionPanel>,
    );
    expect(
      screen.getByRole('heading', { level: 4, name: 'Approvers' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Approvers' })).toHaveTextContent(
      'Body',
    );
  });
});
