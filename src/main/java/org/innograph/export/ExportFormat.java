package org.innograph.export;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/** The formats an export is written in, each with the file extension that asks for it over HTTP. */
enum ExportFormat {
    GRAPHML("graphml", "application/graphml+xml"),
    GEXF("gexf", "application/gexf+xml"),
    CSV("csv.zip", "application/zip"),
    CYTOSCAPE("cyjs", "application/json"),
    /** Innograph's own import folder, zipped: what {@code import} reads back. */
    FOLDER("folder.zip", "application/zip");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<ExportFormat> byExtension(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }

    /** By extension or name, as the command line takes it: graphml, gexf, csv, csv.zip, cyjs, cytoscape, folder, folder.zip. */
    static Optional<ExportFormat> byName(String name) {
        return byExtension(name).or(() -> Arrays.stream(values())
                .filter(format -> format.name().equalsIgnoreCase(name)).findFirst());
    }

    GraphWriter writer(OutputStream out, JsonMapper json, LocalDate today) {
        return switch (this) {
            case GRAPHML -> new GraphMlWriter(out, json);
            case GEXF -> new GexfWriter(out, json, today);
            case CSV -> new CsvZipWriter(out, json);
            case CYTOSCAPE -> new CytoscapeWriter(out, json);
            case FOLDER -> new ImportFolderZipWriter(out, json);
        };
    }
}
