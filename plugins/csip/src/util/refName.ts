/**
 * The name part of an entity ref, for when the catalog gives no better
 * name: `omar.ops` of `user:default/omar.ops`.
 */
export const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);
