// Placeholder panel: replaced by the area's implementation.
export function OpenSessionsPanel(_props: { officerId?: string }) {
  return null;
}
