package org.innograph.gaps;

/** Where an analysis run as a job is. */
public enum AnalysisStatus {
    RUNNING,
    DONE,
    FAILED
}
