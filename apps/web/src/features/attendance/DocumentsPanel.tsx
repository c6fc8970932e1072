// Placeholder panel: replaced by the area's implementation.
export function DocumentsPanel(_props: { sessionId: string }) {
  return null;
}
