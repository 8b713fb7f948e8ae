export interface Config {
  app?: {
    /**
     * DEMO ONLY: demo users offered on the sign-in page besides Guest. Each
     * userRef must also be listed in auth.providers.demo-persona.personas.
     * Leave unset (or empty) in production: anyone could sign in as anyone.
     * See docs/demo-personas.md.
     * @visibility frontend
     */
    demoPersonas?: Array<{
      /**
       * The user entity ref, e.g. user:default/alex.coach
       * @visibility frontend
       */
      userRef: string;
      /**
       * The button reads "Sign in as <title>"
       * @visibility frontend
       */
      title?: string;
      /**
       * Shown on the persona's card
       * @visibility frontend
       */
      description?: string;
    }>;
  };
}
