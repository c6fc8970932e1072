// Placeholder panel: replaced by the area's implementation.
export function ParticipantsPanel(_props: { sessionId: string }) {
  return null;
}
