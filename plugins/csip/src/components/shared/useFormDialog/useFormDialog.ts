import {
  BaseSyntheticEvent,
  useCallback,
  useMemo,
  useRef,
  useState,
} from 'react';
import {
  DefaultValues,
  FieldValues,
  Resolver,
  useForm,
  UseFormReturn,
} from 'react-hook-form';
import { isStale } from '../../../api/errorKind';
import { errorSentence } from '../../../api/errorSentence';
import type { FieldErrors } from '../../../util/formIssues';
import { sentence } from './sentence';
import { checkDraft, DraftChecks, flattenErrors } from './checkDraft';

export { isStale };

/** @internal */
export type UseFormDialogOptions<Draft extends FieldValues, Body> = DraftChecks<
  Draft,
  Body
> & {
  /** The form's values before anyone changes them. */
  defaultValues: Draft;
  /**
   * Sends the checked body; a rejection is shown as the server's message.
   * Called with the latest options, so it may use the latest props.
   */
  onSubmit: (body: Body, draft: Draft) => Promise<void> | void;
  /**
   * The message to show for a failed request, from the error and its
   * message in words (`errorSentence`); that message when not given.
   */
  describeError?: (error: unknown, message: string) => string;
  /** Called when the request was refused because the data changed (409). */
  onStale?: () => void;
};

/** @internal */
export type FormDialogState<Draft extends FieldValues, Body> = {
  form: UseFormReturn<Draft, unknown, Body>;
  control: UseFormReturn<Draft, unknown, Body>['control'];
  /** Each field's problem by dotted path, such as `members.0.userRef`. */
  errors: FieldErrors;
  /** How many fields have a problem. */
  errorCount: number;
  /** A field's problem as a sentence, such as "Choose a category.". */
  message: (field: string) => string | undefined;
  /** Why the last request failed, in words. */
  serverError?: string;
  /** Whether the last request failed because the data changed meanwhile. */
  stale: boolean;
  /** While the form is being checked and sent. */
  busy: boolean;
  /** Checks the values and, when they pass, sends them: a form's `onSubmit`. */
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** Back to these values (the defaults when not given), without problems. */
  reset: (values?: Draft) => void;
  /** Shows or clears the server's message. */
  setServerError: (message?: string) => void;
};

type Failure = { message: string; stale: boolean };

/**
 * A form checked with a common zod schema through react-hook-form's
 * `zodResolver`, each problem worded as the forms word them, and sent by
 * `onSubmit` with the server's refusal kept to show. Values are checked
 * when the form is submitted, not while people type.
 *
 * @internal
 */
export function useFormDialog<Draft extends FieldValues, Body = Draft>(
  options: UseFormDialogOptions<Draft, Body>,
): FormDialogState<Draft, Body> {
  const latest = useRef(options);
  latest.current = options;
  const resolver = useCallback<Resolver<Draft, unknown, Body>>(
    (values, _context, resolverOptions) =>
      checkDraft(latest.current, values, resolverOptions),
    [],
  );
  const form = useForm<Draft, unknown, Body>({
    defaultValues: options.defaultValues as DefaultValues<Draft>,
    resolver,
    reValidateMode: 'onSubmit',
  });
  const [failure, setFailure] = useState<Failure>();
  const { handleSubmit, getValues, reset: resetForm } = form;
  const errors = flattenErrors(form.formState.errors);

  const submit = useMemo(
    () => (event?: BaseSyntheticEvent) => {
      setFailure(undefined);
      return handleSubmit(async body => {
        const { onSubmit, describeError, onStale } = latest.current;
        try {
          await onSubmit(body, getValues());
        } catch (error) {
          const message = errorSentence(error);
          const stale = isStale(error);
          setFailure({
            message: describeError ? describeError(error, message) : message,
            stale,
          });
          if (stale) onStale?.();
        }
      })(event);
    },
    [handleSubmit, getValues],
  );
  const reset = useCallback(
    (values?: Draft) => {
      setFailure(undefined);
      resetForm(values);
    },
    [resetForm],
  );
  const setServerError = useCallback(
    (message?: string) =>
      setFailure(message ? { message, stale: false } : undefined),
    [],
  );

  return {
    form,
    control: form.control,
    errors,
    errorCount: Object.keys(errors).length,
    message: field => (errors[field] ? sentence(errors[field]) : undefined),
    serverError: failure?.message,
    stale: failure?.stale ?? false,
    busy: form.formState.isSubmitting,
    submit,
    reset,
    setServerError,
  };
}
