package org.innograph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory readings: heap of this JVM, resident memory of any process (Linux /proc). */
final class Resources {

    private Resources() {
    }

    static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        }
        catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static long ownRssMiB() {
        return rssMiB(ProcessHandle.current().pid());
    }

    /** Heap in use after a full collection, in MiB: what the service holds, not garbage. */
    static long heapAfterGcMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    /** The most heap in use at any time since the last reset, in MiB (sum of the heap pools' peaks). */
    static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024 * 1024);
    }

    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
