package vn.dienhinh.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.util.UserException;

class AtomicFileWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesAndReplaces() throws IOException {
        Path target = dir.resolve("báo cáo.docx");
        AtomicFileWriter.write(target, out -> out.write("một".getBytes(StandardCharsets.UTF_8)));
        AtomicFileWriter.write(target, out -> out.write("hai".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("hai");
        assertThat(files()).containsExactly("báo cáo.docx");
    }

    @Test
    void failureLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("ds.xlsx");
        Files.writeString(target, "cũ");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(new byte[1000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(UserException.class)
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("report.diskFull"))
                .hasMessageContaining("ds.xlsx").hasMessageContaining("ổ đĩa đã đầy");
        assertThat(Files.readString(target)).isEqualTo("cũ");
        assertThat(files()).containsExactly("ds.xlsx");
    }

    @Test
    void programmingErrorsPassThroughAndCleanUp() throws IOException {
        Path target = dir.resolve("new.docx");
        assertThatThrownBy(() -> AtomicFileWriter.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(target).doesNotExist();
        assertThat(files()).isEmpty();
    }

    @Test
    void missingFolderAndFolderAsTarget() throws IOException {
        assertThatThrownBy(() -> AtomicFileWriter.write(dir.resolve("không có/a.docx"), out -> { }))
                .isInstanceOf(UserException.class).hasMessageContaining("a.docx").hasMessageContaining("không tồn tại");
        Path folder = Files.createDirectory(dir.resolve("thư mục"));
        assertThatThrownBy(() -> AtomicFileWriter.write(folder, out -> { }))
                .isInstanceOf(UserException.class).hasMessageContaining("thư mục");
    }

    @Test
    void fileOpenInWordIsReportedAsLocked() {
        Path target = dir.resolve("bc.docx");
        var sharing = new FileSystemException(target.toString(), null,
                "The process cannot access the file because it is being used by another process");
        UserException e = AtomicFileWriter.moveFailure(sharing, target);
        assertThat(e.key()).isEqualTo("report.fileLocked");
        assertThat(e.getMessage()).contains(target.toString()).contains("đang được mở").doesNotContain("\n");
        assertThat(AtomicFileWriter.moveFailure(new AccessDeniedException(target.toString()), target).key())
                .isEqualTo("report.fileLocked");
    }

    @Test
    void otherFailuresNameTheFileAndTheReason() {
        Path target = dir.resolve("bc.docx");
        UserException e = AtomicFileWriter.writeFailure(new IOException("Input/output error"), target);
        assertThat(e.key()).isEqualTo("report.writeFailed");
        assertThat(e.getMessage()).contains("bc.docx").contains("Input/output error");
    }

    private java.util.List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
