package org.innograph.ingest;

/** Told how many rows each committed batch wrote, so long writes can show how far they are. */
@FunctionalInterface
public interface Progress {

    Progress NONE = rows -> { };

    void written(int rows);
}
