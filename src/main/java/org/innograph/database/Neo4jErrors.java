package org.innograph.database;

import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.kernel.api.exceptions.Status;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.UncategorizedDataAccessException;

/**
 * Turns an error of the embedded database into the Spring exception the driver execution would have
 * raised for it (Spring Data Neo4j translates by the same status codes), so callers handle one family of
 * errors whichever execution ran the query: a unique-constraint clash is a
 * {@link DataIntegrityViolationException} in both.
 */
final class Neo4jErrors {

    private Neo4jErrors() {
    }

    /** Neo4j's own errors, translated; any other (a bug, or an error of ours thrown from a traversal) as it is. */
    static RuntimeException translate(RuntimeException error) {
        if (!error.getClass().getName().startsWith("org.neo4j.")) {
            return error;
        }
        String code = statusCode(error);
        String message = code + ": " + error.getMessage();
        if (code.contains("ConstraintValidationFailed") || code.contains("Schema.ConstraintViolation")) {
            return new DataIntegrityViolationException(message, error);
        }
        if (code.contains("TransactionTimedOut") || code.contains("Transaction.Terminated")) {
            return new QueryTimeoutException(message, error);
        }
        if (code.startsWith("Neo.TransientError")) {
            return new TransientDataAccessResourceException(message, error);
        }
        if (code.startsWith("Neo.ClientError")) {
            return new InvalidDataAccessResourceUsageException(message, error);
        }
        return new UncategorizedDataAccessException(message, error) {
        };
    }

    /** The Neo4j status code ({@code Neo.ClientError...}) of the error or its first cause that has one. */
    private static String statusCode(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof QueryExecutionException query && query.getStatusCode() != null) {
                return query.getStatusCode();
            }
            if (cause instanceof Status.HasStatus status) {
                return status.status().code().serialize();
            }
        }
        return "Neo.DatabaseError.General.UnknownError";
    }
}
