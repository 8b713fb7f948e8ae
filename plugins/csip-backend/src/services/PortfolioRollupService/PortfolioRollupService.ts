import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  addWeeks,
  buildRollupWeeks,
  type MaturityModel,
  type PortfolioRollup,
  type PortfolioRollupQuery,
  rollUpPortfolio,
  weekStart,
} from '@csip-coach/plugin-csip-common';
import type { PortfolioSnapshotStore } from '../../database/PortfolioSnapshotStore';
import type { ProgrammeService } from '../ProgrammeService';
import type { Caller } from '../types';
import { readCatalogGroups } from './catalogGroups';

/** Weeks of history the roll-up shows, this one included. */
export const HISTORY_WEEKS = 26;

/**
 * The portfolio rolled up by catalog group (`GET /portfolio/rollup`): per
 * child group of the chosen group, its programmes' levels against targets
 * per process and their readiness, and the portfolio under the group week
 * by week from the weekly snapshots. Only programmes the caller may read
 * count (the read permission as the portfolio applies it); archived ones
 * do not.
 *
 * @internal
 */
export class PortfolioRollupService {
  static create(options: {
    programmes: Pick<ProgrammeService, 'listAllProgrammes'>;
    snapshots: PortfolioSnapshotStore;
    model: MaturityModel;
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
  }): PortfolioRollupService {
    return new PortfolioRollupService(options);
  }

  private constructor(
    private readonly options: Parameters<
      typeof PortfolioRollupService.create
    >[0],
  ) {}

  /**
   * The roll-up under `query.group` (the top-level groups without one);
   * an unknown group is a NotFoundError. History is the last
   * {@link HISTORY_WEEKS} weeks up to the week of `now`, of the programmes
   * the caller may read whose owner was then under the group.
   */
  async getRollup(
    query: PortfolioRollupQuery,
    caller: Caller,
    now: Date = new Date(),
  ): Promise<PortfolioRollup> {
    const { programmes, snapshots, model } = this.options;
    const processes = model.processes.map(p => p.id);
    const groups = await readCatalogGroups(this.options);
    const readable = await programmes.listAllProgrammes({}, caller);
    const rollup = rollUpPortfolio({
      groups,
      processes,
      programmes: readable.filter(p => !p.archived),
      groupRef: query.group,
    });
    if (!rollup) {
      throw new NotFoundError(`No group '${query.group}' in the catalog`);
    }
    const readableIds = new Set(readable.map(p => p.id));
    const rows = await snapshots.listSnapshots({
      since: addWeeks(weekStart(now), -(HISTORY_WEEKS - 1)),
      ownerKeys: rollup.ownerKeys,
    });
    return {
      group: rollup.group,
      processes,
      groups: rollup.groups,
      unassigned: rollup.unassigned,
      history: buildRollupWeeks(
        rows.filter(row => readableIds.has(row.programmeId)),
        processes,
      ),
    };
  }
}
