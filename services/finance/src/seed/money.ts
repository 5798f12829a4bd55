/** Fen per unit, as the documents count money. */
export const YUAN = 100;
export const WAN_YUAN = 1_000_000;
