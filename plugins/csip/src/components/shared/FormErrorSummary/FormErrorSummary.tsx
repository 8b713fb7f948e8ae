import Alert from '@mui/material/Alert';

/** @internal */
export type FormErrorSummaryProps = {
  /** How many fields failed validation. */
  errorCount: number;
  /** The message of a failed request, if any. */
  serverError?: string;
  /** What did not happen, e.g. "The programme was not created". */
  failure: string;
};

/**
 * The alerts at the top of a form: how many fields need attention, and why
 * the server refused the request.
 *
 * @internal
 */
export const FormErrorSummary = ({
  errorCount,
  serverError,
  failure,
}: FormErrorSummaryProps) => (
  <>
    {errorCount > 0 && (
      <Alert severity="error">
        {errorCount === 1
          ? 'One field needs attention; see the message next to it.'
          : `${errorCount} fields need attention; see the messages next to them.`}
      </Alert>
    )}
    {serverError && (
      <Alert severity="error" role="alert">
        {failure}: {serverError}
      </Alert>
    )}
  </>
);
