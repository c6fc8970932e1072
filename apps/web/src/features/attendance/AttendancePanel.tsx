// Placeholder panel: replaced by the area's implementation.
export function AttendancePanel(_props: { sessionId: string }) {
  return null;
}
