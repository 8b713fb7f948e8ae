/** A title as a file-name slug: "Change management CSIP" → "change-management-csip". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('en-US')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'programme';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as `yyyy-mm-dd` in the user's time zone. */
function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(
    date.getDate(),
  )}`;
}

/**
 * The name of a programme's export file: `csip-<slug of title>-<yyyy-mm-dd>.json`,
 * dated when it was exported.
 */
export function exportFileName(title: string, exportedAt?: string): string {
  const when = exportedAt ? new Date(exportedAt) : new Date();
  const date = Number.isNaN(when.getTime()) ? new Date() : when;
  return `csip-${slugify(title)}-${localIsoDate(date)}.json`;
}
