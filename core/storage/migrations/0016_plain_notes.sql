-- Each sign-in seals the notes still stored in plain (written before the desk
-- had a data key). Finding them read every intervention: 0.3 s at 100,000
-- people, seconds at a million. This index holds only those notes, so it is
-- empty once they are sealed and the search costs nothing. Its condition is
-- the search's, word for word (KeyStore::sealPlainNotes), as SQLite requires
-- to use a partial index.
CREATE INDEX intervention_plain_note ON intervention(id)
    WHERE note IS NOT NULL AND note <> '' AND substr(note, 1, 5) <> 'enc1:';
