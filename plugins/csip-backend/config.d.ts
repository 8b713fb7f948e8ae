export interface Config {
  /** Configuration of the CSIP Coach backend plugin. */
  csip?: {
    /**
     * Seed demo programmes on the first start (demo portals only).
     * Defaults to false.
     */
    demoData?: boolean;
    /**
     * Processes to add to the maturity model, next to the built-in
     * `change`, `configuration` and `release`. Each needs at least one
     * criterion for every level 1 to 5; criterion ids must stay stable
     * once reviews refer to them.
     */
    processes?: Array<{
      /** Lower-case id such as `incident`. */
      id: string;
      /** Shown to people, e.g. "Incident management". */
      name: string;
      description?: string;
      criteria: Array<{
        /** Stable id such as `incident-2-1`. */
        id: string;
        /** 1 (Performed) to 5 (Innovating). */
        level: number;
        /** What a visitor would see or find, in plain words. */
        text: string;
      }>;
    }>;
  };
}
