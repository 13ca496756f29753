// What the simulator itself did, counted as it goes; the progress lines
// show these next to the backend's own queue statistics.
export interface Tally {
  /** Contacts registered with the backend. */
  created: number;
  /** Of those, from a consumer who had been in touch before. */
  returning: number;
  /** Calls and chats not sent because their queue was closed. */
  skippedClosed: number;
  /** Consumers who gave up waiting (reported with consumer-left). */
  abandoned: number;
  /** Offers the simulated advisers accepted. */
  accepted: number;
  /** Wrap-ups the simulated advisers completed. */
  completed: number;
  breaks: number;
  /** Offers that rang out at a simulated adviser (the backend set them "missed"). */
  missed: number;
  /** Unexpected refusals and network errors. */
  errors: number;
}

export const newTally = (): Tally => ({ created: 0, returning: 0, skippedClosed: 0, abandoned: 0, accepted: 0, completed: 0, breaks: 0, missed: 0, errors: 0 });
