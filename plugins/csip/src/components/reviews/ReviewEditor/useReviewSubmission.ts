import { useApi } from '@backstage/frontend-plugin-api';
import {
  reviewToneFindings,
  type FieldToneFinding,
  type Review,
  type ReviewCreate,
} from '@csip-coach/plugin-csip-common';
import { useState } from 'react';
import { csipApiRef } from '../../../api';
import { useToneOptions } from '../ToneTextField';
import { isStale } from '../../../api/errorKind';
import { errorSentence } from '../../../api/errorSentence';
import type { FieldErrors } from '../../../util/formIssues';
import {
  contentKey,
  draftFrom,
  parseDraft,
  pruneDraft,
  ReviewDraft,
} from './reviewDraft';

type Options = {
  review: Review;
  mode: 'draft' | 'amend';
  draft: ReviewDraft;
  setDraft: (draft: ReviewDraft) => void;
  onSaved?: (review: Review) => void;
  onPublished: (review: Review) => void;
};

/** A checked draft, ready to send. */
type Valid = { draft: ReviewDraft; data: ReviewCreate; reason: string };

/** A refused request: what did not happen, why, and whether it was a 409. */
export type ServerError = {
  failure: string;
  message: string;
  conflict: boolean;
};

const time = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * Saving, publishing and amending from the review editor: checks the draft
 * with the common schema first (nothing is sent when it is invalid), keeps
 * the version the server returned, and asks for confirmation when the tone
 * checker has findings.
 */
export function useReviewSubmission({
  review,
  mode,
  draft,
  setDraft,
  onSaved,
  onPublished,
}: Options) {
  const csipApi = useApi(csipApiRef);
  const tone = useToneOptions();
  const [version, setVersion] = useState(review.version);
  const [savedKey, setSavedKey] = useState(() => contentKey(draftFrom(review)));
  const [savedAt, setSavedAt] = useState<string>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<ServerError>();
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState(false);
  const [pending, setPending] = useState<
    Valid & { findings: FieldToneFinding[] }
  >();
  const dirty = contentKey(draft) !== savedKey;

  const validate = (): Valid | undefined => {
    const pruned = pruneDraft(draft);
    setDraft(pruned);
    const parsed = parseDraft(review.process, pruned, mode);
    if (!parsed.success) {
      setErrors(parsed.errors);
      return undefined;
    }
    setErrors({});
    return { draft: pruned, data: parsed.data, reason: parsed.reason };
  };

  const run = async (failure: string, work: () => Promise<void>) => {
    setServerError(undefined);
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setPending(undefined);
      setServerError({
        failure,
        message: errorSentence(error),
        conflict: mode === 'draft' && isStale(error),
      });
    } finally {
      setBusy(false);
    }
  };

  const saveValid = async ({ draft: saved, data }: Valid) => {
    const { process: _process, ...fields } = data;
    const updated = await csipApi.updateReview(review.id, {
      version,
      ...fields,
    });
    setVersion(updated.version);
    setSavedKey(contentKey(saved));
    setSavedAt(time.format(new Date()));
    onSaved?.(updated);
    return updated;
  };

  /** Saves the draft as it is. */
  const save = () => {
    const valid = validate();
    if (valid) {
      void run('The draft was not saved', async () => {
        await saveValid(valid);
      });
    }
  };

  const publishValid = (valid: Valid, acknowledgeTone: boolean) =>
    run(
      mode === 'amend'
        ? 'The amendment was not published'
        : 'The review was not published',
      async () => {
        if (mode === 'amend') {
          const amendment = await csipApi.amendReview(review.id, {
            ...valid.data,
            reason: valid.reason,
            acknowledgeTone,
          });
          setPending(undefined);
          onPublished(amendment);
          return;
        }
        const current =
          contentKey(valid.draft) === savedKey
            ? version
            : (await saveValid(valid)).version;
        const result = await csipApi.publishReview(review.id, {
          acknowledgeTone,
          version: current,
        });
        setPending(undefined);
        onPublished(result);
      },
    );

  /** Publishes, or first asks about the tone findings if there are any. */
  const publish = () => {
    const valid = validate();
    if (!valid) return;
    const findings = reviewToneFindings(valid.data, tone);
    if (findings.length > 0) {
      setPending({ ...valid, findings });
    } else {
      void publishValid(valid, false);
    }
  };

  /** Replaces the draft with the review as it is on the server now. */
  const reload = () =>
    run('The review was not reloaded', async () => {
      const latest = await csipApi.getReview(review.id);
      const fresh = draftFrom(latest);
      setDraft(fresh);
      setVersion(latest.version);
      setSavedKey(contentKey(fresh));
      setSavedAt(undefined);
      setErrors({});
      setPublished(latest.state === 'published');
    });

  return {
    errors,
    serverError,
    busy,
    dirty,
    savedAt,
    /** The draft was published meanwhile; it can only be amended now. */
    published,
    save,
    publish,
    reload,
    /** The tone findings waiting for confirmation, if any. */
    pendingFindings: pending?.findings,
    confirmPublish: () => pending && void publishValid(pending, true),
    cancelPublish: () => setPending(undefined),
  };
}
