package org.innograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the numbers were measured on: they mean little without it. */
final class Machine {

    private Machine() {
    }

    static Map<String, String> describe() {
        var facts = new LinkedHashMap<String, String>();
        facts.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        facts.put("load average at the start (other work on the machine)", read("/proc/loadavg"));
        facts.put("commit", git());
        return facts;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        }
        catch (IOException e) {
            return "unknown";
        }
    }

    private static String git() {
        try {
            Process process = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String head = new String(process.getInputStream().readAllBytes()).strip();
            process.waitFor();
            return head;
        }
        catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
