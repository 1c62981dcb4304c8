import type { TextDoc } from '../text/document';
import type { Participant, Quote } from '../types';

/** Finds direct and reported speech, with speakers resolved against the participants. */
export function findQuotes(doc: TextDoc, participants: Participant[]): Quote[] {
  void doc;
  void participants;
  return [];
}
