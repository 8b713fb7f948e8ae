/**
 * The query of the current URL with `group` set to `groupRef` (removed for
 * the top level), keeping every other parameter, such as the page's tab.
 */
export function groupSearch(
  current: URLSearchParams,
  groupRef: string | null,
): string {
  const next = new URLSearchParams(current);
  if (groupRef) next.set('group', groupRef);
  else next.delete('group');
  const text = next.toString();
  return text ? `?${text}` : '';
}
