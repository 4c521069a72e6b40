package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.innograph.network.EdgeKind;
import org.innograph.subgraph.GraphEdge;
import tools.jackson.databind.json.JsonMapper;

/**
 * Innograph's own import folder, as a zip: one JSON Lines file per node kind and one per edge kind, named
 * and laid out as {@code import} reads them ({@code joint_lab.jsonl}, {@code partner_of.jsonl}...). Unzipped
 * and imported into an empty database, an export of the whole graph gives the same graph back: ids,
 * properties and provenance. The derived COOPERATES_WITH edges are left out (the importer refuses them and
 * derives them again), and so are the properties the importer writes itself.
 *
 * <p>Edges arrive in source order with their kinds mixed, so each kind's lines go to a temporary file as
 * they stream, and the files are zipped at the end: the graph passes through disk, never the heap.
 */
final class ImportFolderZipWriter implements GraphWriter {

    /** Written by the importer, refused in a file (ingest's {@code Columns.RESERVED}). */
    private static final Set<String> NOT_WRITTEN = Set.of("kind", "derived");

    private final OutputStream out;
    private final JsonMapper json;
    private final Map<String, Writer> files = new TreeMap<>();
    private Path folder;

    ImportFolderZipWriter(OutputStream out, JsonMapper json) {
        this.out = out;
        this.json = json;
    }

    @Override
    public void begin(Columns columns) throws IOException {
        folder = Files.createTempDirectory("innograph-export-folder");
    }

    @Override
    public void node(ExportedNode node) throws IOException {
        var line = new LinkedHashMap<String, Object>();
        line.put("id", node.node().id());
        node.node().properties().forEach((key, value) -> {
            if (!NOT_WRITTEN.contains(key) && !key.equals("id")) {
                line.put(key, value);
            }
        });
        write(node.node().kind().name(), line);
    }

    @Override
    public void edge(GraphEdge edge) throws IOException {
        if (edge.kind() == EdgeKind.COOPERATES_WITH) {
            return;
        }
        var line = new LinkedHashMap<String, Object>();
        line.put("from", edge.source());
        line.put("to", edge.target());
        edge.properties().forEach((key, value) -> {
            if (!NOT_WRITTEN.contains(key)) {
                line.put(key, value);
            }
        });
        write(edge.kind().name(), line);
    }

    private void write(String kind, Map<String, Object> line) throws IOException {
        Writer file = files.get(kind);
        if (file == null) {
            file = Files.newBufferedWriter(folder.resolve(kind.toLowerCase(Locale.ROOT) + ".jsonl"), StandardCharsets.UTF_8);
            files.put(kind, file);
        }
        file.write(json.writeValueAsString(line));
        file.write('\n');
    }

    @Override
    public void end() throws IOException {
        try {
            for (Writer file : files.values()) {
                file.close();
            }
            var zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            for (String kind : files.keySet()) {
                String name = kind.toLowerCase(Locale.ROOT) + ".jsonl";
                zip.putNextEntry(new ZipEntry(name));
                Files.copy(folder.resolve(name), zip);
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        }
        finally {
            delete(folder);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
