package org.selfeval.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.selfeval.export.docx.DocxExporter;
import org.selfeval.export.fonts.FontLocator;
import org.selfeval.export.pdf.PdfExporter;
import org.selfeval.model.Report;

class AtomicOutputTest {
    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("报告.pdf");
        Files.writeString(target, "old", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(dir.toFile().list()).containsExactly("报告.pdf");
    }

    @Test
    void theFinishedFileIsReadableLikeAnyOtherFile(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileStore(dir).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class),
                "no POSIX permissions on this file system");
        Path target = dir.resolve("new.docx");
        AtomicOutput.write(target, out -> out.write(1));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r--r--");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        AtomicOutput.write(target, out -> out.write(2));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void exportersThatFailMidwayLeaveNothingBehind(@TempDir Path dir) throws Exception {
        Report report = SampleDocuments.report();
        PdfExporter pdf = new PdfExporter(r -> {
            throw new IllegalStateException("layout failed");
        }, FontLocator.forThisMachine());
        assertThatThrownBy(() -> pdf.export(report, dir.resolve("a.pdf"))).hasMessage("layout failed");
        DocxExporter docx = new DocxExporter(r -> SampleDocuments.document(report));
        docx.export(report, dir.resolve("sub/b.docx"));
        assertThat(dir.toFile().list()).containsExactly("sub");
        assertThat(dir.resolve("sub").toFile().list()).containsExactly("b.docx");
    }
}
