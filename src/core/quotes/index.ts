import type { ParticipantIndex } from '../participants/participant-index';
import type { TextDoc } from '../text/document';
import type { Quote } from '../types';

/** Finds direct and reported speech, with speakers resolved against the participants. */
export function findQuotes(doc: TextDoc, participants: ParticipantIndex): Quote[] {
  void doc;
  void participants;
  return [];
}
