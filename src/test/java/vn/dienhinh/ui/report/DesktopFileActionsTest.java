package vn.dienhinh.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.dienhinh.ui.report.DesktopFileActions.Way;

/** Mở and In choose the system's way of opening and printing, per system. */
class DesktopFileActionsTest {

    final Path file = Path.of("Hồ sơ Nguyễn Văn A & B.docx");

    @Test
    void desktopOpenIsUsedWhereverTheSystemOffersIt() {
        for (String os : new String[]{"Windows 11", "Linux", "Mac OS X"}) {
            assertThat(DesktopFileActions.openWith(os, true, true, file).way()).as(os).isEqualTo(Way.DESKTOP);
        }
    }

    @Test
    void windowsWithoutDesktopHandsTheFileToItsDefaultProgramWithoutCmd() {
        var m = DesktopFileActions.openWith("Windows 10", false, false, file);
        assertThat(m.way()).isEqualTo(Way.COMMAND);
        // the whole path one argument, spaces and & included, no cmd to misread it
        assertThat(m.command()).containsExactly("rundll32", "url.dll,FileProtocolHandler", file.toAbsolutePath().toString());
    }

    @Test
    void linuxFallsBackToXdgOpenOnlyWhenItIsThere() {
        var m = DesktopFileActions.openWith("Linux", false, true, file);
        assertThat(m.way()).isEqualTo(Way.COMMAND);
        assertThat(m.command()).hasSize(2).endsWith(file.toAbsolutePath().toString());
        assertThat(Path.of(m.command().get(0)).getFileName()).hasToString("xdg-open");
        assertThat(DesktopFileActions.openWith("Linux", false, false, file).way()).isEqualTo(Way.NONE);
    }

    @Test
    void macFallsBackToOpen() {
        var m = DesktopFileActions.openWith("Mac OS X", false, false, file);
        assertThat(Path.of(m.command().get(0)).getFileName()).hasToString("open");
    }

    @Test
    void printingIsThroughDesktopOrNotAtAll() {
        assertThat(DesktopFileActions.printWith("Windows 11", true).way()).isEqualTo(Way.DESKTOP);
        assertThat(DesktopFileActions.printWith("Linux", false).way()).isEqualTo(Way.NONE);
        assertThat(DesktopFileActions.printWith("Windows 11", false).way()).isEqualTo(Way.NONE);
    }
}
