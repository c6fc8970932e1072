// Placeholder panel: replaced by the area's implementation.
export function ResultsPanel(_props: { sessionId: string }) {
  return null;
}
