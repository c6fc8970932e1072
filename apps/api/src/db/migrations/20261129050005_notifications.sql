-- E-mail retries: when the last attempt was made, so a failed message is tried again after a growing pause.
ALTER TABLE notifications ADD COLUMN last_attempt_at timestamptz;
CREATE INDEX notifications_retry ON notifications (last_attempt_at) WHERE email_status = 'failed' AND attempts < 5;
