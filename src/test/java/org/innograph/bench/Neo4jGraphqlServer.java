package org.innograph.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Way (c): {@code bench/neo4j-graphql/server.mjs} started with node as a process of its own against the
 * benchmark's Neo4j over Bolt, on a free 127.0.0.1 port. Needs node on the PATH and the packages installed
 * ({@code npm ci} in bench/neo4j-graphql; bench/run.sh does it).
 */
final class Neo4jGraphqlServer {

    private Neo4jGraphqlServer() {
    }

    /** Why (c) cannot run here, if it cannot. */
    /**
     * Why way (c) cannot run here, if it cannot: no node on the PATH. Where node is, the packages of
     * bench/neo4j-graphql are installed first (npm ci, from the lockfile), as bench/run.sh does.
     */
    static Optional<String> unavailable(Path repository) {
        try {
            if (run(repository, "node", "--version") != 0) {
                return Optional.of("node --version failed");
            }
            if (!Files.isDirectory(repository.resolve("bench/neo4j-graphql/node_modules/@neo4j/graphql"))
                    && run(repository.resolve("bench/neo4j-graphql"), "npm", "ci", "--no-audit", "--no-fund",
                    "--loglevel=error") != 0) {
                return Optional.of("npm ci in bench/neo4j-graphql failed");
            }
            return Optional.empty();
        }
        catch (IOException e) {
            return Optional.of("no node on the PATH");
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    private static int run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getInputStream().transferTo(System.out);
        return process.waitFor();
    }

    record Running(ChildProcess process, URI graphql) {
    }

    /** Starts server.mjs; each of its database transactions is stopped by Neo4j past {@code queryTimeout}. */
    static Running start(Path repository, URI bolt, Path logs, String name, Duration queryTimeout) throws Exception {
        Files.createDirectories(logs);
        Path cypher = logs.resolve(name + "-c-cypher.json");
        Files.writeString(cypher, JsonMapper.builder().build().writeValueAsString(Neo4jGraphqlWorkloads.cypherFields()));
        int port;
        try (var socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI graphql = URI.create("http://127.0.0.1:" + port + "/");
        var command = List.of("node", "server.mjs", bolt.toString(), String.valueOf(port), cypher.toAbsolutePath().toString(),
                String.valueOf(queryTimeout.toMillis()));
        var process = ChildProcess.start(command, repository.resolve("bench/neo4j-graphql"), logs.resolve(name + "-c.log"),
                graphql, Duration.ofMinutes(2), "{ __typename }");
        return new Running(process, graphql);
    }
}
