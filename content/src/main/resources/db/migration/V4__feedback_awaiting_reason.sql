-- A "not helpful" verdict is recorded at once, so it is never lost if the reader leaves; a reason
-- typed on the next turn is added to that same row, which the conversation remembers here.
ALTER TABLE conversation ADD COLUMN awaiting_feedback BIGINT;
