/**
 * The "For you" home page card as both frontend systems offer it: its name
 * in a home page's `defaultConfig`, its title and description in the "Add
 * widget" list, and its size on the grid.
 *
 * @internal
 */
export const MY_WORK_WIDGET = {
  name: 'CsipMyWork',
  title: 'For you',
  description:
    'Your open CSIP actions, the scopes awaiting your agreement and your improvement programmes',
  layout: {
    width: { minColumns: 4, defaultColumns: 6 },
    height: { minRows: 4, defaultRows: 6 },
  },
};
