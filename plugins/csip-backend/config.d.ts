export interface Config {
  /** Configuration of the CSIP Coach backend plugin. */
  csip?: {
    /**
     * Seed demo programmes on the first start (demo portals only).
     * Defaults to false.
     */
    demoData?: boolean;
  };
}
