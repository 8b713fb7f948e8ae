export * from './CsipCollatorFactory';
export * from './CsipProgrammeDocument';
