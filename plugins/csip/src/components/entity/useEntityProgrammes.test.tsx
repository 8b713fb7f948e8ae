import { TestApiProvider } from '@backstage/frontend-test-utils';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { CsipApi, csipApiRef } from '../../api';
import {
  aComponentEntity,
  aGroupEntity,
  aProgrammeSummary,
  aSecondProgrammeSummary,
  aSystemEntity,
  aUserEntity,
} from '../../__testUtils__/entityFixtures';
import { aProgramme, aResponseError } from '../../__testUtils__/fixtures';
import { mockCsipApi } from '../../__testUtils__/mockCsipApi';
import {
  CatalogEntity,
  CSIP_PROGRAMME_ANNOTATION,
  isCsipAvailable,
  useEntityProgrammes,
} from './useEntityProgrammes';

function render(csipApi: CsipApi, entity: CatalogEntity) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <TestApiProvider apis={[[csipApiRef, csipApi]]}>{children}</TestApiProvider>
  );
  return renderHook(() => useEntityProgrammes(entity), { wrapper });
}

async function loaded(csipApi: CsipApi, entity: CatalogEntity) {
  const { result } = render(csipApi, entity);
  await waitFor(() => expect(result.current.loading).toBe(false));
  return result.current;
}

describe('isCsipAvailable', () => {
  it('offers CSIP on group, system and component pages only', () => {
    expect(isCsipAvailable(aGroupEntity())).toBe(true);
    expect(isCsipAvailable(aSystemEntity())).toBe(true);
    expect(isCsipAvailable(aComponentEntity())).toBe(true);
    expect(isCsipAvailable({ ...aGroupEntity(), kind: 'GROUP' })).toBe(true);
    expect(isCsipAvailable(aUserEntity())).toBe(false);
  });

  it('names the annotation', () => {
    expect(CSIP_PROGRAMME_ANNOTATION).toBe('csip-coach/programme-id');
  });
});

describe('useEntityProgrammes', () => {
  it('lists the programmes the group owns, active and latest first', async () => {
    const archived = aProgrammeSummary({
      id: 'p0',
      title: 'Old CSIP',
      archived: true,
      updatedAt: '2027-01-01T00:00:00.000Z',
    });
    const csipApi = mockCsipApi({
      listProgrammes: async () => ({
        items: [aProgrammeSummary(), archived, aSecondProgrammeSummary()],
      }),
    });
    const state = await loaded(csipApi, aGroupEntity());

    expect(csipApi.listProgrammes).toHaveBeenCalledWith({
      owner: 'group:default/it-operations',
      limit: 50,
    });
    expect(state.error).toBeUndefined();
    expect(state.value?.programmes.map(p => p.id)).toEqual(['p2', 'p1', 'p0']);
    expect(state.value?.warnings).toEqual([]);
    expect(state.value?.more).toBe(false);
    expect(csipApi.getProgramme).not.toHaveBeenCalled();
  });

  it('says when the system owns more programmes than were loaded', async () => {
    const csipApi = mockCsipApi({
      listProgrammes: async () => ({
        items: [aProgrammeSummary()],
        nextCursor: 'next',
      }),
    });
    const state = await loaded(csipApi, aSystemEntity());
    expect(csipApi.listProgrammes).toHaveBeenCalledWith({
      owner: 'system:default/payments-platform',
      limit: 50,
    });
    expect(state.value?.more).toBe(true);
  });

  it('adds the programmes the annotation names, once each', async () => {
    const csipApi = mockCsipApi({
      listProgrammes: async () => ({ items: [aProgrammeSummary()] }),
      getProgramme: async id =>
        aProgramme({
          id,
          title: 'Payments CSIP',
          ownerRef: 'system:default/payments-platform',
          updatedAt: '2026-10-01T00:00:00.000Z',
        }),
    });
    const state = await loaded(
      csipApi,
      aGroupEntity({
        annotations: { [CSIP_PROGRAMME_ANNOTATION]: 'p1, p9 ,p9,' },
      }),
    );

    expect(csipApi.getProgramme).toHaveBeenCalledTimes(1);
    expect(csipApi.getProgramme).toHaveBeenCalledWith('p9');
    expect(state.value?.programmes).toEqual([
      aProgrammeSummary(),
      {
        id: 'p9',
        title: 'Payments CSIP',
        driver: 'operational',
        ownerRef: 'system:default/payments-platform',
        phase: 'establish',
        approach: undefined,
        archived: false,
        version: 1,
        updatedAt: '2026-10-01T00:00:00.000Z',
      },
    ]);
  });

  it('looks a component up by its annotation only, warning about missing ids', async () => {
    const csipApi = mockCsipApi({
      getProgramme: async id => {
        if (id === 'p1') return aProgramme();
        if (id === 'gone') {
          throw aResponseError(404, 'NotFoundError', 'No programme gone');
        }
        throw aResponseError(403, 'NotAllowedError', 'Not allowed');
      },
    });
    const state = await loaded(csipApi, aComponentEntity('p1,gone,secret'));

    expect(csipApi.listProgrammes).not.toHaveBeenCalled();
    expect(state.error).toBeUndefined();
    expect(state.value?.programmes.map(p => p.id)).toEqual(['p1']);
    expect(state.value?.warnings).toEqual([
      'Programme gone, named in the csip-coach/programme-id annotation, does not exist. Check the id in the entity’s catalog-info.yaml.',
      'Programme secret, named in the csip-coach/programme-id annotation, is not visible to you.',
    ]);
  });

  it('finds nothing for a component without the annotation', async () => {
    const csipApi = mockCsipApi();
    const state = await loaded(csipApi, aComponentEntity());
    expect(state.value).toEqual({ programmes: [], warnings: [], more: false });
    expect(csipApi.listProgrammes).not.toHaveBeenCalled();
  });

  it('fails when the owned programmes cannot be listed', async () => {
    const csipApi = mockCsipApi({
      listProgrammes: async () => {
        throw aResponseError(500, 'Error', 'Database unavailable');
      },
    });
    const state = await loaded(csipApi, aGroupEntity());
    expect(state.error).toBeDefined();
    expect(state.value).toBeUndefined();
  });
});
