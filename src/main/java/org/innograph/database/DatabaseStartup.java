package org.innograph.database;

/** Waits until the database can take queries: the embedded one starts in the background. */
@FunctionalInterface
public interface DatabaseStartup {

    void await();
}
