package org.selfeval.intake;

import java.nio.file.Path;
import org.selfeval.exchange.ReportFormatException;

/** Reads one kind of file into a preview of what it would put into a report. Never changes a report. */
public interface IntakeReader {
    /**
     * @throws ReportFormatException with a Chinese message naming the file (and sheet, cell or line)
     *                               when the file cannot be read as this kind
     */
    ImportPreview read(Path file) throws ReportFormatException;
}
