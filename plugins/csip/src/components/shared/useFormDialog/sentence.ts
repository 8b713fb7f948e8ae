/**
 * A message as a sentence: capitalised, and with a full stop unless it
 * ends with one (or a question or exclamation mark).
 */
export const sentence = (message: string) =>
  `${message.charAt(0).toLocaleUpperCase('en-GB')}${message.slice(1)}${
    /[.!?]$/.test(message) ? '' : '.'
  }`;
