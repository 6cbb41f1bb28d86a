package vn.dienhinh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The list of classes the start-up preloads names classes that exist: after a rename or a library
 * upgrade a stale list would quietly stop speeding the window up.
 */
class StartupClassesTest {

    @Test
    void everyListedClassIsOnTheClassPath() throws Exception {
        List<String> names = new ArrayList<>();
        try (InputStream in = App.class.getResourceAsStream("startup-classes.txt")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
        }
        assertThat(names).hasSizeGreaterThan(500).anyMatch(n -> n.startsWith("vn.dienhinh.ui."));
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            try {
                Class.forName(name, false, App.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertThat(missing).as("remake startup-classes.txt (see its header)").isEmpty();
    }
}
