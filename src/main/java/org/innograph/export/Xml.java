package org.innograph.export;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A StAX writer on an output stream, its failures as IOExceptions (a client gone is one). */
final class Xml {

    /** Work on the writer that may fail as StAX does. */
    interface Step {
        void run() throws XMLStreamException;
    }

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter writer;

    Xml(OutputStream stream) {
        try {
            this.writer = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException("No StAX writer", e);
        }
    }

    XMLStreamWriter writer() {
        return writer;
    }

    void run(Step step) throws IOException {
        try {
            step.run();
        }
        catch (XMLStreamException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** The XML declaration and the root element in its namespace, with the schema it follows. */
    void startRoot(String element, String namespace, String schema) throws XMLStreamException {
        writer.writeStartDocument("UTF-8", "1.0");
        writer.writeCharacters("\n");
        writer.writeStartElement(element);
        writer.writeDefaultNamespace(namespace);
        writer.writeNamespace("xsi", XSI);
        writer.writeAttribute(XSI, "schemaLocation", namespace + " " + schema);
    }

    void flush() throws IOException {
        run(writer::flush);
    }

    /**
     * Text that XML 1.0 can hold: the characters it forbids (control characters other than tab and line
     * breaks, unpaired surrogates, U+FFFE/U+FFFF) become U+FFFD, so no stored name makes a file unreadable.
     */
    static String safe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    if (safe != null) {
                        safe.append(c).append(text.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            }
            else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!ok && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                safe.append(ok ? c : '\uFFFD');
            }
        }
        return safe == null ? text : safe.toString();
    }
}
