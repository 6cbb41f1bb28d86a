package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's own shared-registry.properties: the login offered at the next sign-in, never a typed password. */
class SharedServerTest {

    @TempDir
    Path dir;

    @Test
    void theLoginSignedInWithIsRememberedAndAPasswordKeptForAnotherLoginIsDropped() throws Exception {
        Path settings = dir.resolve("shared-registry.properties");
        assertThat(SharedServer.rememberedLogin(settings)).isNull();
        Files.writeString(settings, "user=ha\npassword=cu\nnote=Phòng thi đua\n");
        SharedServer.rememberLogin(settings, "ha");
        assertThat(SharedServer.of("jdbc:postgresql://may-chu/so", settings).password()).as("same login: kept").isEqualTo("cu");

        SharedServer.rememberLogin(settings, "binh.tran");
        assertThat(SharedServer.rememberedLogin(settings)).isEqualTo("binh.tran");
        SharedServer s = SharedServer.of("jdbc:postgresql://may-chu/so", settings);
        assertThat(s.user()).isEqualTo("binh.tran");
        assertThat(s.password()).isNull();
        assertThat(Files.readString(settings)).contains("note=Phòng thi đua").doesNotContain("cu");
    }
}
