// Deletes the COOPERATES_WITH edges the last derivation run did not confirm.
MATCH ()-[c:COOPERATES_WITH]->()
WHERE c.run <> $run
DELETE c
