import { Link } from '@backstage/core-components';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import { type CsipErrorKind, errorKind } from '../../../api/errorKind';
import { errorSentence } from '../../../api/errorSentence';
import { fullStop } from '../useFormDialog/sentence';

/**
 * A way back from something that does not exist, such as the list it was
 * picked from.
 *
 * @internal
 */
export type LoadErrorBack = {
  /** Where the link goes. */
  to: string;
  /** The link's words, such as "Back to the programme list". */
  label: string;
};

/**
 * A load that failed, as a data hook gives it (see `CsipQuery`).
 *
 * @internal
 */
export type FailedLoad = {
  /** The error loading failed with. */
  error?: unknown;
  /** Its kind, as the data hook tells it; else taken from `error`. */
  errorKind?: CsipErrorKind;
  /** Loads again: offered as "Try again" when loading failed. */
  retry?: () => void;
};

/** @internal */
export type LoadErrorProps = {
  /** The failed load: its error, the error's kind, and a way to retry. */
  failed: FailedLoad;
  /** What did not happen, such as "Could not load the programme". */
  title: string;
  /**
   * What to say when the thing does not exist, such as "This programme
   * does not exist or was removed."; by default the title says it.
   */
  notFound?: string;
  /** Where to go instead when the thing does not exist. */
  back?: LoadErrorBack;
};

/**
 * Why something could not be loaded, told apart by its kind, always in
 * words (never a raw body):
 *
 * - it does not exist: says so with the server's words and, when given, a
 *   way back; no retry, as trying again would not help;
 * - the user may not see it: says so with the server's reason;
 * - anything else: "<title>: <the server's message>." with **Try again**
 *   when `retry` is given.
 *
 * @internal
 */
export const LoadError = ({
  failed: { error, errorKind: kind = errorKind(error), retry },
  title,
  notFound,
  back,
}: LoadErrorProps) => {
  const why = errorSentence(error);
  if (kind === 'notFound') {
    return (
      <Alert
        severity="warning"
        action={
          back && (
            <Link to={back.to} style={{ whiteSpace: 'nowrap' }}>
              {back.label}
            </Link>
          )
        }
      >
        <AlertTitle>
          {notFound ?? `${title}: it does not exist or was removed.`}
        </AlertTitle>
        {why}
      </Alert>
    );
  }
  if (kind === 'forbidden') {
    return (
      <Alert severity="warning">
        <AlertTitle>{title}: you may not see this.</AlertTitle>
        {why}
      </Alert>
    );
  }
  return (
    <Alert
      severity="error"
      action={
        retry && (
          <Button color="inherit" size="small" onClick={retry}>
            Try again
          </Button>
        )
      }
    >
      {title}: {fullStop(why)}
    </Alert>
  );
};
