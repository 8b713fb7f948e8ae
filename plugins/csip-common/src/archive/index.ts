export * from './programmeArchiveSchema';
