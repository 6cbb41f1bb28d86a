package vn.dienhinh.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The window must open on Windows 10/11 and on Linux from the same jar: JavaFX's native parts for both
 * systems and SQLite's for both must travel with the program.
 */
class PlatformNativesTest {

    /** What the shaded jar and the class path must carry: JavaFX's windowing and drawing, SQLite's driver. */
    static final List<String> NATIVES = List.of(
            "glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll",
            "libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so", "libjavafx_font.so",
            "org/sqlite/native/Windows/x86_64/sqlitejdbc.dll",
            "org/sqlite/native/Linux/x86_64/libsqlitejdbc.so",
            "win/amd64/libzstd-jni-1.6.0-1.dll", "linux/amd64/libzstd-jni-1.6.0-1.so");

    @Test
    void theResolvedDependenciesCarryWindowsAndLinuxNatives() {
        ClassLoader loader = PlatformNativesTest.class.getClassLoader();
        for (String name : NATIVES) {
            assertThat(loader.getResource(name)).as(name).isNotNull();
        }
    }

    @Test
    void windowsClassesOfJavaFxAreOnTheClassPath() {
        // the Windows glass and Direct3D pipelines live in classes of the win parts only
        ClassLoader loader = PlatformNativesTest.class.getClassLoader();
        assertThat(loader.getResource("com/sun/glass/ui/win/WinApplication.class")).isNotNull();
        assertThat(loader.getResource("com/sun/prism/d3d/D3DPipeline.class")).isNotNull();
        assertThat(loader.getResource("com/sun/glass/ui/gtk/GtkApplication.class")).isNotNull();
    }

    /**
     * Checked when the jar was built ({@code mvn package}); a bare {@code mvn test} has no jar to read, and a jar
     * older than the pom was built from other dependencies and says nothing about this build.
     */
    @Test
    void theBuiltJarCarriesWindowsAndLinuxNatives() throws IOException {
        Path jar = Path.of("target", "dienhinh.jar");
        Assumptions.assumeTrue(Files.isRegularFile(jar), "target/dienhinh.jar not built");
        Assumptions.assumeTrue(Files.getLastModifiedTime(jar).compareTo(Files.getLastModifiedTime(Path.of("pom.xml"))) >= 0,
                "target/dienhinh.jar is older than pom.xml: rebuild with mvn package");
        try (JarFile file = new JarFile(jar.toFile())) {
            Set<String> entries = file.stream().map(e -> e.getName()).collect(Collectors.toSet());
            assertThat(entries).containsAll(NATIVES)
                    .contains("com/sun/glass/ui/win/WinApplication.class", "com/sun/glass/ui/gtk/GtkApplication.class",
                            "vn/dienhinh/Main.class");
            assertThat(file.getManifest().getMainAttributes().getValue("Main-Class")).isEqualTo("vn.dienhinh.Main");
        }
    }
}
