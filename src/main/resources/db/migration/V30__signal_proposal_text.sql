-- Issue 26: the proposal of a signal gets a text besides its kind (what exactly the coordinator proposes; optional).
ALTER TABLE szw_signal ADD COLUMN proposal_text ${text};
