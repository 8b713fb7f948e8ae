export interface Config {
  /** Configuration of the CSIP Coach backend plugin. */
  csip?: {
    /**
     * Seed demo programmes on the first start (demo portals only).
     * Defaults to false.
     */
    demoData?: boolean;
    /**
     * Whether writes check the entity refs they bring in against the
     * catalog: the `ownerRef` and member `userRef`s of `POST /programmes`,
     * `PATCH /programmes/:id` (a new owner, new members) and `POST /import`.
     * `enforce` (the default): a ref the catalog does not hold is a 400
     * naming its field and nothing is written; a catalog that cannot be
     * reached is a 503. `off`: refs are stored unchecked (logged once at
     * start-up), for portals whose catalog lags behind the people and
     * groups they use. Quote the value in YAML: `catalogRefCheck: 'off'`.
     * Validated at start-up: any other value stops the backend.
     */
    catalogRefCheck?: 'enforce' | 'off';
    /** How the plugin asks the portal's permission policy. */
    permissions?: {
      /**
       * For how many seconds reads (a programme and its pages, and every
       * list: the portfolio, its CSV, the roll-up, "For you", the search
       * collator's pages) reuse the policy's answer to "may these
       * credentials read programmes" instead of asking the permission
       * backend again: a whole number from 0 (ask every time) to 300; 5 by
       * default. Each sign-in's credentials have their own answer; a
       * conditional answer is applied to each programme as read. Writes
       * always ask. A change of the read rule thus reaches reads within
       * this many seconds (group memberships reach a user's credentials only at
       * their next sign-in or refresh anyway). Validated at start-up: any
       * other value stops the backend.
       */
      readDecisionCacheSeconds?: number;
    };
    /** Import of programme exports (`POST /import`). */
    import?: {
      /**
       * The largest programme export `POST /import` takes: a size such as
       * `'50mb'` or `'200mb'` (units of 1024), or a number of bytes; from
       * 1mb to 500mb, 50mb by default. An export with 1,000 published
       * reviews of each of three processes is about 19 MB. Every other
       * route takes bodies of at most 1 MB. A larger export is refused with
       * a 413 naming its size and this setting. Validated at start-up: any
       * other value stops the backend.
       */
      maxBodySize?: string | number;
    };
    /** Sustain monitoring, once the coach has left. */
    sustain?: {
      /**
       * How many days apart a programme in `sustain` runs its own (team-led)
       * reviews; past that, the overview, card and portfolio show the
       * cadence as lapsed. A whole number from 1 to 3650; 90 by default.
       * Validated at start-up: any other value stops the backend.
       */
      reviewCadenceDays?: number;
    };
    /**
     * Reminders and digests through Backstage notifications, sent by the
     * `csip-reminders` scheduler task (once across backend instances), each
     * reminder once per person and occasion. Validated at start-up: a bad
     * value stops the backend with a message naming it.
     */
    reminders?: {
      /** Whether reminders are sent at all. Defaults to true. */
      enabled?: boolean;
      /** How often the job looks for reminders due, in minutes (1 to 10080). Defaults to 60. */
      frequencyMinutes?: number;
      /**
       * How long after the backend starts the job first looks, in seconds
       * (0 to 86400; 0: at once). Defaults to 120.
       */
      initialDelaySeconds?: number;
      /**
       * How many days before its due date an open action gets a "due soon"
       * reminder (0 to 365; 0: on the day). Defaults to 3.
       */
      dueSoonDays?: number;
      /**
       * How many days a current scope version waits for a required
       * approver before they get a reminder (0 to 365). Defaults to 7.
       */
      agreementPendingDays?: number;
      /**
       * How people who have not chosen (`PUT /me/reminders`) get their
       * reminders: `each` as it comes (the default), or one
       * `weekly-digest` listing them.
       */
      delivery?: 'each' | 'weekly-digest';
      /**
       * The most reminders one person gets as single notifications from one
       * run of the job (0 to 10000; 0: always one digest). The rest of that
       * person's reminders from the run come together in one digest at its
       * end, so that a backlog (after an import, say) is one notification,
       * not thousands. Defaults to 10.
       */
      maxSinglePerRun?: number;
      /** Which kinds of reminder are sent; each is on unless set to false. */
      kinds?: {
        /** An open action the person owns is due within `dueSoonDays`. */
        'action-due-soon'?: boolean;
        /** An open action the person owns is past its due date. */
        'action-overdue'?: boolean;
        /** A commitment the person owns has reached its follow-up date without an outcome. */
        'follow-up-due'?: boolean;
        /** The current scope version has waited `agreementPendingDays` for the person's agreement. */
        'agreement-pending'?: boolean;
        /** The revisit date of the programme's approach decision has come (to leads and sponsors). */
        'decision-revisit'?: boolean;
        /** In sustain, the team's own review is overdue (to leads and coaches; see `sustain.reviewCadenceDays`). */
        'sustain-lapsed'?: boolean;
        /** A process's latest published level fell (to leads, sponsors and coaches). */
        'level-drop'?: boolean;
      };
    };
    /**
     * Additions to the tone guide, checked by the review editor and by
     * `POST /tone/check` alike (served to the editor by `GET /tone/config`).
     * Validated at start-up: a bad entry stops the backend with a message
     * naming it.
     */
    tone?: {
      /**
       * Phrases to flag on top of the built-in rules, matched as whole
       * words, case-insensitively, with any whitespace between words.
       */
      extraPhrases?: Array<{
        /** Up to 100 characters, e.g. "heads will roll". */
        phrase: string;
        category:
          | 'verdict'
          | 'absolute'
          | 'blame'
          | 'label'
          | 'assumption'
          | 'command';
        /** The coaching rephrasing offered in its place; must not itself be flagged. */
        suggestion: string;
        /** One short sentence on why the wording gets in the way; the category's reason by default. */
        why?: string;
      }>;
      /**
       * Terms never to flag, on top of the built-in ITSM allow-list
       * ("failed changes", "change failure rate", "emergency change", ...),
       * matched on dictionary forms (so "failed check" also covers "failed
       * checks").
       */
      allow?: string[];
    };
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
        /**
         * Two to ten open coaching questions about the criterion (each at
         * most 500 characters). Left out, the criterion gets the generic
         * questions of its level.
         */
        questions?: string[];
      }>;
    }>;
    /**
     * Coaching questions that replace those of a criterion, built-in or
     * added under `processes`, as served by `GET /maturity-model`. One
     * entry per criterion. Validated at start-up: an unknown criterion id,
     * fewer than two or more than ten questions, or a question longer than
     * 500 characters stops the backend with a message naming it.
     */
    questions?: Array<{
      /** The criterion id, such as `change-2-3`. */
      criterionId: string;
      /** Two to ten open questions, e.g. "What would tell you a change is ready for CAB?". */
      questions: string[];
    }>;
  };
}
