// The open transactions of one API request: QueryRunner binds its id to every query it runs for it.
SHOW TRANSACTIONS YIELD transactionId, parameters
WHERE parameters.innographRequest = $request
RETURN transactionId
