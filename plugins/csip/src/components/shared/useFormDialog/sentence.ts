/**
 * A text ending with a full stop, unless it ends with one (or a question or
 * exclamation mark) already.
 */
export const fullStop = (message: string) =>
  /[.!?]$/.test(message) ? message : `${message}.`;

/**
 * A message as a sentence: capitalised, and with a full stop unless it
 * ends with one (or a question or exclamation mark).
 */
export const sentence = (message: string) =>
  fullStop(
    `${message.charAt(0).toLocaleUpperCase('en-GB')}${message.slice(1)}`,
  );
