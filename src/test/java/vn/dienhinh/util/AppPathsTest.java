package vn.dienhinh.util;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.store.Database;

class AppPathsTest {

    static final String HOME = "C:\\Users\\Nguyễn Thị Hà";
    static final String ROAMING = HOME + "\\AppData\\Roaming";

    @Test
    void onWindowsTheDataFolderIsDienHinhInAppData() {
        Path dir = AppPaths.dataDir("Windows 11", Map.of("APPDATA", ROAMING), HOME);
        assertThat(dir.getFileName()).hasToString("DienHinh");
        assertThat(dir.getParent()).hasToString(ROAMING);
    }

    @Test
    void withoutAppDataItIsUnderTheHomeFolder() {
        Path dir = AppPaths.dataDir("Windows 10", Map.of(), HOME);
        assertThat(dir).isEqualTo(Path.of(HOME, "AppData", "Roaming", "DienHinh"));
        assertThat(AppPaths.dataDir("Windows 10", Map.of("APPDATA", "  "), HOME)).isEqualTo(dir);
    }

    @Test
    void linuxAndMacHaveTheirOwnPlaces() {
        assertThat(AppPaths.dataDir("Linux", Map.of(), "/home/ha")).isEqualTo(Path.of("/home/ha", ".local", "share", "dienhinh"));
        assertThat(AppPaths.dataDir("Linux", Map.of("XDG_DATA_HOME", "/data/ha"), "/home/ha"))
                .isEqualTo(Path.of("/data/ha", "dienhinh"));
        assertThat(AppPaths.dataDir("Mac OS X", Map.of("APPDATA", "x"), "/Users/ha"))
                .isEqualTo(Path.of("/Users/ha", "Library", "Application Support", "DienHinh"));
        // "Darwin" is macOS, not Windows, though it has "win" in it
        assertThat(AppPaths.dataDir("Darwin", Map.of("APPDATA", "x"), "/Users/ha").getFileName()).hasToString("DienHinh");
    }

    /** The folder as it is on Windows, built here: the database opens there and the single-instance lock holds. */
    @Test
    void theRegistryOpensAndLocksInAFolderWithVietnameseLettersAndSpaces(@TempDir Path tmp) throws Exception {
        Path roaming = tmp.resolve("Users").resolve("Nguyễn Thị Hà").resolve("AppData").resolve("Roaming");
        Path dir = AppPaths.dataDir("Windows 11", Map.of("APPDATA", roaming.toString()), tmp.toString());
        Files.createDirectories(dir);
        Path db = dir.resolve("dienhinh.db");
        try (Database open = Database.open(db)) {
            assertThat(Files.exists(db)).isTrue();
            assertThatThrownBy(() -> Database.lock(db)).isInstanceOf(UserException.class);
        }
        try (vn.dienhinh.store.DatabaseLock lock = Database.lock(db)) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void onWindowsNativeLibrariesLeaveAFolderWithVietnameseLetters() {
        Path data = AppPaths.dataDir("Windows 11", Map.of("APPDATA", ROAMING), HOME);
        Map<String, String> env = Map.of("APPDATA", ROAMING, "ProgramData", "C:\\ProgramData", "PUBLIC", "C:\\Users\\Public");
        Path natives = AppPaths.nativeDir("Windows 11", data, env);
        assertThat(natives).isEqualTo(Path.of("C:\\ProgramData", "DienHinh", "native"));
        assertThat(natives.toString()).matches("\\p{ASCII}+");
        assertThat(AppPaths.nativeDir("Windows 11", data, Map.of("PUBLIC", "C:\\Users\\Public")))
                .isEqualTo(Path.of("C:\\Users\\Public", "DienHinh", "native"));
        // nothing ASCII to go to: the data folder all the same (sqlite-jdbc then tries its own)
        assertThat(AppPaths.nativeDir("Windows 11", data, Map.of())).isEqualTo(data.resolve("native"));
    }

    @Test
    void anAsciiFolderOrAnotherSystemKeepsThemInTheDataFolder() {
        Path plain = AppPaths.dataDir("Windows 10", Map.of("APPDATA", "C:\\Users\\ha\\AppData\\Roaming"), "C:\\Users\\ha");
        assertThat(AppPaths.nativeDir("Windows 10", plain, Map.of("ProgramData", "C:\\ProgramData")))
                .isEqualTo(plain.resolve("native"));
        Path linux = Path.of("/home", "Nguyễn Thị Hà", ".local", "share", "dienhinh");
        assertThat(AppPaths.nativeDir("Linux", linux, Map.of("ProgramData", "x"))).isEqualTo(linux.resolve("native"));
    }
}
