import { DatabaseService } from '@backstage/backend-plugin-api';
import { DatabaseActionStore } from './DatabaseActionStore';
import { DatabaseArchiveStore } from './DatabaseArchiveStore';
import { DatabaseDecisionStore } from './DatabaseDecisionStore';
import { DatabaseHandoverStore } from './DatabaseHandoverStore';
import { DatabaseProgrammeStatusStore } from './DatabaseProgrammeStatusStore';
import { DatabaseProgrammeStore } from './DatabaseProgrammeStore';
import { DatabaseReviewStore } from './DatabaseReviewStore';
import { DatabaseScopeStore } from './DatabaseScopeStore';

/**
 * Every store of the plugin on one database (migrations run once, by the
 * first).
 *
 * @internal
 */
export async function createStores(database: DatabaseService) {
  const programmes = await DatabaseProgrammeStore.create({ database });
  return {
    programmes,
    decisions: await DatabaseDecisionStore.create({ database }),
    scopes: await DatabaseScopeStore.create({ database }),
    reviews: await DatabaseReviewStore.create({ database }),
    actions: await DatabaseActionStore.create({ database }),
    handover: await DatabaseHandoverStore.create({ database }),
    archives: await DatabaseArchiveStore.create({ database }),
    status: await DatabaseProgrammeStatusStore.create({ database }),
  };
}

/** @internal */
export type Stores = Awaited<ReturnType<typeof createStores>>;
