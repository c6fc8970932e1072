// Placeholder panel: replaced by the area's implementation.
export function CalendarFeedButton(_props: { scope: 'officer' | 'trainer' | 'room' | 'centre'; subjectId?: string }) {
  return null;
}
