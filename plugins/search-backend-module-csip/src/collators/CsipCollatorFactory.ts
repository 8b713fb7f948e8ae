import { Readable } from 'node:stream';
import type {
  AuthService,
  DiscoveryService,
  LoggerService,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import type { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  csipProgrammeReadPermission,
  type ProgrammePage,
} from '@csip-coach/plugin-csip-common';
import {
  CSIP_PROGRAMME_DOCUMENT_TYPE,
  CsipProgrammeDocument,
  toCsipProgrammeDocument,
} from './CsipProgrammeDocument';

/** The most `GET /programmes` returns per page. */
const PAGE_SIZE = 100;

/** @public */
export const DEFAULT_CSIP_LOCATION_TEMPLATE = '/csip/programmes/:id';

/**
 * Options of {@link CsipCollatorFactory}.
 *
 * @public
 */
export type CsipCollatorFactoryOptions = {
  discovery: DiscoveryService;
  auth: AuthService;
  logger?: LoggerService;
  /** Where a result links to; `:id` is the programme id. */
  locationTemplate?: string;
  /** Programmes per request, 1–100. Defaults to 100. */
  pageSize?: number;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
};

/**
 * Collects every CSIP programme (archived ones included) from the csip
 * backend, as {@link CsipProgrammeDocument}s for the search index.
 *
 * Calls `GET /api/csip/programmes` page by page with the search plugin's own
 * service credentials. Results are hidden from users who may not read the
 * programme (`csip.programme.read`) when the permission framework is on.
 *
 * @public
 */
export class CsipCollatorFactory implements DocumentCollatorFactory {
  readonly type = CSIP_PROGRAMME_DOCUMENT_TYPE;
  readonly visibilityPermission = csipProgrammeReadPermission;

  private readonly discovery: DiscoveryService;
  private readonly auth: AuthService;
  private readonly logger?: LoggerService;
  private readonly locationTemplate: string;
  private readonly pageSize: number;
  private readonly fetchFn?: typeof fetch;

  /** Reads `search.collators.csip.locationTemplate`. */
  static fromConfig(
    config: Config,
    options: Omit<CsipCollatorFactoryOptions, 'locationTemplate'>,
  ): CsipCollatorFactory {
    return new CsipCollatorFactory({
      ...options,
      locationTemplate: config.getOptionalString(
        'search.collators.csip.locationTemplate',
      ),
    });
  }

  constructor(options: CsipCollatorFactoryOptions) {
    this.discovery = options.discovery;
    this.auth = options.auth;
    this.logger = options.logger;
    this.locationTemplate =
      options.locationTemplate ?? DEFAULT_CSIP_LOCATION_TEMPLATE;
    this.pageSize = Math.min(Math.max(options.pageSize ?? PAGE_SIZE, 1), 100);
    this.fetchFn = options.fetch;
  }

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  private async *execute(): AsyncGenerator<CsipProgrammeDocument> {
    const baseUrl = await this.discovery.getBaseUrl('csip');
    let cursor: string | undefined;
    let count = 0;
    do {
      const page = await this.fetchPage(baseUrl, cursor);
      for (const programme of page.items) {
        count += 1;
        yield toCsipProgrammeDocument(programme, this.locationTemplate);
      }
      if (page.nextCursor !== undefined && page.nextCursor === cursor) {
        throw new Error(
          `CSIP search collator: GET ${baseUrl}/programmes returned the same cursor twice; stopping`,
        );
      }
      cursor = page.nextCursor;
    } while (cursor);
    this.logger?.info(`Collected ${count} CSIP programmes for search`);
  }

  private async fetchPage(
    baseUrl: string,
    cursor: string | undefined,
  ): Promise<ProgrammePage> {
    const params = new URLSearchParams({ limit: String(this.pageSize) });
    if (cursor) params.set('cursor', cursor);
    const url = `${baseUrl}/programmes?${params}`;
    // A fresh token per page: indexing a large portfolio may outlast one.
    const { token } = await this.auth.getPluginRequestToken({
      onBehalfOf: await this.auth.getOwnServiceCredentials(),
      targetPluginId: 'csip',
    });
    const response = await (this.fetchFn ?? fetch)(url, {
      headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new Error(
        `CSIP search collator: GET ${url} failed with ${response.status} ${
          response.statusText
        }${await errorDetail(response)}`,
      );
    }
    const body = (await response.json()) as Partial<ProgrammePage> | null;
    if (!body || !Array.isArray(body.items)) {
      throw new Error(
        `CSIP search collator: GET ${url} returned no programme list (expected { items, nextCursor? })`,
      );
    }
    return { items: body.items, nextCursor: body.nextCursor ?? undefined };
  }
}

/** The Backstage error message of a failed response, if there is one. */
async function errorDetail(response: Response): Promise<string> {
  try {
    const text = await response.text();
    if (!text) return '';
    try {
      const message = JSON.parse(text)?.error?.message;
      if (typeof message === 'string' && message) return `: ${message}`;
    } catch {
      // not JSON
    }
    return `: ${text.slice(0, 200)}`;
  } catch {
    return '';
  }
}
