package vn.dienhinh.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The Vietnamese bundle: every key the code asks for is there, and no key is defined twice (the last would win silently). */
class MessagesTest {

    private static final Path BUNDLE = Path.of("src/main/resources/vn/dienhinh/i18n/messages.properties");

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> twice = new ArrayList<>();
        boolean continued = false;
        for (String line : Files.readAllLines(BUNDLE, StandardCharsets.UTF_8)) {
            boolean wasContinued = continued;
            continued = line.endsWith("\\");
            if (wasContinued || line.isBlank() || line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            String key = line.substring(0, line.indexOf('=')).strip();
            if (!seen.add(key)) {
                twice.add(key);
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Pattern call = Pattern.compile("(?:Messages\\.get|UserException\\((?:[a-z]+, )?)\\(?\"([a-zA-Z][\\w.]*[\\w])\"");
        Pattern fxml = Pattern.compile("\"%([\\w.]+)\"");
        List<String> missing = new ArrayList<>();
        int named = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".fxml")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                for (Pattern p : List.of(call, fxml)) {
                    Matcher m = p.matcher(text);
                    while (m.find()) {
                        named++;
                        if (!Messages.bundle().containsKey(m.group(1))) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(named).as("keys found in the code").isGreaterThan(200);
        assertThat(missing).isEmpty();
    }

    @Test
    void enumLabelsExistForEveryConstant() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(vn.dienhinh.model.ExemplarKind.class,
                vn.dienhinh.model.ExemplarStatus.class, vn.dienhinh.model.Gender.class, vn.dienhinh.model.Discovery.class,
                vn.dienhinh.model.ExemplarCategory.class, vn.dienhinh.model.EvaluationRating.class,
                vn.dienhinh.model.CampaignKind.class, vn.dienhinh.model.CampaignStatus.class,
                vn.dienhinh.model.QuotaMode.class, vn.dienhinh.model.ActivityForm.class)) {
            for (Enum<?> e : type.getEnumConstants()) {
                String key = type.getSimpleName() + "." + e.name();
                if (!Messages.bundle().containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
