import { convertLegacyRouteRef } from '@backstage/core-compat-api';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { formatLocalDate } from '../../../util/formatDate';
import { ProvenanceNote } from './ProvenanceNote';

describe('ProvenanceNote', () => {
  it('says who imported the programme, when, and from an export of which date', async () => {
    await renderInTestApp(
      <ProvenanceNote
        provenance={{
          importedBy: 'user:default/alex.coach',
          importedAt: '2026-12-01T10:00:00.000Z',
          exportedAt: '2026-11-28T09:00:00.000Z',
        }}
      />,
      {
        mountedRoutes: {
          '/catalog/:namespace/:kind/:name':
            convertLegacyRouteRef(entityRouteRef),
        },
      },
    );
    const sentence = screen.getByText(/^Imported by/);
    expect(sentence).toHaveTextContent(
      `Imported by alex.coach on ${formatLocalDate(
        '2026-12-01T10:00:00.000Z',
      )} from an export of ${formatLocalDate('2026-11-28T09:00:00.000Z')}.`,
    );
    expect(screen.getByRole('link', { name: /alex\.coach/ })).toHaveAttribute(
      'href',
      '/catalog/default/user/alex.coach',
    );
  });
});
