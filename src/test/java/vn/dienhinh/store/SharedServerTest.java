package vn.dienhinh.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        assertThat(SharedServer.of("jdbc:postgresql://may-chu/so?user=khac&password=x", settings).user())
                .as("a URL with its own login keeps it").isNull();
    }

    @Test
    void aPasswordIsKeptOnlyWhenAskedForItsLoginAloneInAFileOnlyTheUserReads() throws Exception {
        Path settings = dir.resolve("shared-registry.properties");
        Files.writeString(settings, "url=jdbc:postgresql://may-chu/so\n");
        SharedServer.rememberPassword(settings, "ha", "mật:khẩu#1");
        assertThat(SharedServer.rememberedPassword(settings, "ha")).isEqualTo("mật:khẩu#1");
        assertThat(SharedServer.rememberedPassword(settings, "binh")).as("another login's").isNull();
        assertThat(SharedServer.of("jdbc:postgresql://may-chu/so", settings).password()).isEqualTo("mật:khẩu#1");
        assertThat(SharedServer.chosen(settings)).contains("jdbc:postgresql://may-chu/so");
        if (settings.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(settings)))
                    .isEqualTo("rw-------");
        }
        SharedServer.rememberPassword(settings, "ha", null);
        assertThat(SharedServer.rememberedPassword(settings, "ha")).isNull();
        assertThat(SharedServer.rememberedLogin(settings)).isEqualTo("ha");
        assertThat(Files.readString(settings)).doesNotContain("password");
    }

    @Test
    void theRegistryChosenInSettingsIsOpenedNextTimeUntilTheFileIsChosenAgain() throws Exception {
        Path settings = dir.resolve("shared-registry.properties");
        assertThat(SharedServer.chosen(settings)).isEmpty();
        Files.writeString(settings, "user=ha\n");
        SharedServer.choose(settings, " jdbc:postgresql://may-chu:5433/so_thi_dua ");
        assertThat(SharedServer.chosen(settings)).contains("jdbc:postgresql://may-chu:5433/so_thi_dua");
        assertThat(SharedServer.rememberedLogin(settings)).as("the login stays").isEqualTo("ha");

        assertThatThrownBy(() -> SharedServer.choose(settings, "may-chu/so_thi_dua"))
                .hasMessageContaining("may-chu/so_thi_dua").hasMessageContaining("jdbc:postgresql://");
        assertThat(SharedServer.chosen(settings)).as("a wrong address changes nothing")
                .contains("jdbc:postgresql://may-chu:5433/so_thi_dua");

        SharedServer.choose(settings, null);
        assertThat(SharedServer.chosen(settings)).isEmpty();
        assertThat(SharedServer.isWellFormed("jdbc:postgresql://10.0.0.5/so")).isTrue();
        assertThat(SharedServer.isWellFormed("jdbc:postgresql://10.0.0.5/")).isFalse();
        assertThat(SharedServer.isWellFormed("jdbc:postgresql://10.0.0.5/so/khac")).isFalse();
    }
}
