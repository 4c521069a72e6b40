package org.innograph.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the rows of one CSV (RFC 4180, header row) or JSON Lines file as cells by column name, each with the
 * line it starts on, and hands each to a handler together with what is wrong with its shape (not UTF-8, the
 * wrong number of columns, not a JSON object), or null. The cells are strings, lists of strings (JSON arrays)
 * or null.
 */
final class RawRows {

    /** One row: where it starts, its cells, and what makes it unreadable (or null). */
    record Row(long line, Map<String, Object> cells, String unreadable, String unreadableColumn) {
    }

    /** Receives the header (CSV: its columns; JSON Lines: null) and then each row. */
    interface Handler {
        void header(List<String> columns);

        void row(Row row);
    }

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final JsonMapper json = JsonMapper.builder().build();

    void read(Path file, Handler handler) {
        boolean jsonLines = file.getFileName().toString().endsWith(".jsonl");
        try (var reader = new StrictUtf8Reader(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            if (jsonLines) {
                readJsonLines(reader, handler);
            }
            else {
                readCsv(reader, handler);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private void readCsv(StrictUtf8Reader reader, Handler handler) throws IOException {
        try (CSVParser parser = CSVParser.parse(reader, CSV)) {
            Iterator<CSVRecord> records = parser.iterator();
            long previousEnd = 0;
            List<String> header = null;
            String[] columns = null;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                }
                catch (UncheckedIOException | IllegalStateException e) {
                    handler.row(new Row(previousEnd + 1, Map.of(), "unreadable CSV from here on: " + rootMessage(e), ""));
                    return;
                }
                long end = Math.max(previousEnd + 1, parser.getCurrentLineNumber());
                long start = previousEnd + 1;
                previousEnd = end;
                String bad = reader.badBetween(start, end);
                if (header == null) {
                    header = record.toList();
                    columns = header.toArray(String[]::new);
                    handler.header(header);
                    if (bad != null) {
                        handler.row(new Row(start, Map.of(), "header " + bad, ""));
                    }
                    continue;
                }
                if (bad != null) {
                    handler.row(new Row(start, Map.of(), bad, ""));
                    continue;
                }
                if (record.size() != header.size()) {
                    handler.row(new Row(start, Map.of(), "wrong column count: %d, the header has %d"
                            .formatted(record.size(), header.size()), ""));
                    continue;
                }
                handler.row(new Row(start, new RowMap(columns, record.values()), null, null));
            }
            if (header == null) {
                handler.header(List.of());
            }
        }
    }

    private void readJsonLines(StrictUtf8Reader reader, Handler handler) throws IOException {
        handler.header(null);
        var lines = new BufferedReader(reader, 1 << 16);
        String text;
        long number = 0;
        while ((text = lines.readLine()) != null) {
            number++;
            if (text.isBlank()) {
                continue;
            }
            String bad = reader.badBetween(number, number);
            if (bad != null) {
                handler.row(new Row(number, Map.of(), bad, ""));
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(text);
            }
            catch (JacksonException e) {
                handler.row(new Row(number, Map.of(), "not JSON: " + e.getOriginalMessage(), ""));
                continue;
            }
            if (!node.isObject()) {
                handler.row(new Row(number, Map.of(), "not a JSON object", ""));
                continue;
            }
            var cells = new LinkedHashMap<String, Object>();
            String wrong = null;
            String wrongColumn = null;
            for (var field : node.properties()) {
                JsonNode value = field.getValue();
                if (value.isNull()) {
                    cells.put(field.getKey(), null);
                }
                else if (value.isArray()) {
                    var items = new ArrayList<String>();
                    for (JsonNode item : value) {
                        if (item.isContainer()) {
                            wrong = "a list may hold only strings and numbers";
                            wrongColumn = field.getKey();
                        }
                        items.add(item.asString());
                    }
                    cells.put(field.getKey(), items);
                }
                else if (value.isObject()) {
                    wrong = "a nested object is not a value";
                    wrongColumn = field.getKey();
                }
                else {
                    cells.put(field.getKey(), value.asString());
                }
            }
            handler.row(new Row(number, cells, wrong, wrongColumn));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
