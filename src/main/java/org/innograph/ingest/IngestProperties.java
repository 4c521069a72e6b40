package org.innograph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bulk import settings.
 *
 * @param batchSize rows per transaction when an import names none ({@code --batch-size}); one batch is one
 *     UNWIND query, and a killed import leaves only whole batches.
 * @param jobsEnabled whether the GraphQL mutation {@code startImport} may run imports. Off by default: the
 *     service has no notion of users or an admin yet, so this setting is what keeps an open API from writing.
 * @param jobsFolder the folder under which {@code startImport} may read import folders (given relative to it);
 *     a path leaving it is refused. Empty: none may be read.
 */
@ConfigurationProperties("innograph.ingest")
public record IngestProperties(@DefaultValue("10000") int batchSize, @DefaultValue("false") boolean jobsEnabled,
        @DefaultValue("") String jobsFolder) {
}
