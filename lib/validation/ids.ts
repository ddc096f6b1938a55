/** What every id in Gridfolio looks like (cuid, better-auth's ids, the seed's): 1 to 64 letters, digits, _ or -. */
export const ID_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;
