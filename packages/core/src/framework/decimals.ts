/** A number to one decimal, as DESIGN.md 5.1 shows percentages, achievements and pro-rated targets. */
export const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** `part` as a percentage of `whole` to one decimal; null when `whole` is 0: there is no percentage of nothing. */
export const percentOf = (part: number, whole: number) => (whole === 0 ? null : Math.round((part * 1000) / whole) / 10);
