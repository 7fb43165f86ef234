/** How much of a paste the event reader reads; the page says so when a paste is longer. */
export const MAX_EVENT_TEXT = 200_000;
