-- Issue 24, e-mails in the recipient's language: the language a person chose with the language switch while signed in
-- ('nl' or 'en'). Unknown (NULL) for people who never switched: their e-mails stay Dutch with English below.
ALTER TABLE user_profile ADD COLUMN language VARCHAR(5);
