package vn.dienhinh.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dienhinh.testutil.ExemplarFixtures.person;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dienhinh.context.AppContext;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.OnPostgres;

/** {@code users list|add|disable} on a shared registry, for the office's officer only; a file has no users to manage. */
class UsersCliTest {

    @TempDir
    Path dir;

    @Test
    void theOfficesOfficerAddsListsAndDisablesAClerkWhoSeesOnlyTheirUnit() {
        String url = OnPostgres.newDatabase();
        long benNghe;
        try (AppContext office = AppContext.open(url)) { // the first to sign in: the office's officer
            Unit a = office.catalog().saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
            Unit b = office.catalog().saveUnit(Unit.named("Phường Đa Kao", "Phường"));
            office.registry().save(person("Nguyễn Văn An", 1980).unitId(a.id()).build());
            office.registry().save(person("Trần Thị Bình", 1985).unitId(b.id()).build());
            benNghe = a.id();
        }
        String login = OnPostgres.newLogin(url, "mk-ha", false);
        String asClerk = OnPostgres.as(url, login, "mk-ha");

        CliTest.Run refused = CliTest.run("--db", url, "users", "add", login, "--name", "Lê Thị Hà", "--role", "boss");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Vai trò “boss” không hợp lệ");
        CliTest.Run noUnit = CliTest.run("--db", url, "users", "add", login, "--name", "Lê Thị Hà", "--role", "clerk");
        assertThat(noUnit.err()).contains("cần một đơn vị");
        CliTest.Run noSuchUnit = CliTest.run("--db", url, "users", "add", login, "--name", "Lê Thị Hà", "--role", "clerk",
                "--unit", "Phường Tân Định");
        assertThat(noSuchUnit.err()).contains("Không tìm thấy đơn vị “Phường Tân Định”");
        // the unit by its name, diacritics and case ignored, or by its number
        CliTest.Run add = CliTest.run("--db", url, "users", "add", login, "--name", "Lê Thị Hà", "--role", "clerk",
                "--unit", "phuong ben nghe");
        assertThat(add.err()).isEmpty();
        assertThat(add.out()).contains("Đã thêm người dùng " + login + " (Văn thư đơn vị, Phường Bến Nghé)");
        String second = OnPostgres.newLogin(url, "mk-2", false);
        assertThat(CliTest.run("--db", url, "users", "add", second, "--name", "Trần Văn Bình", "--role", "clerk",
                "--unit", String.valueOf(benNghe)).out()).contains("(Văn thư đơn vị, Phường Bến Nghé)");

        CliTest.Run list = CliTest.run("--db", url, "users", "list", "--format", "csv");
        assertThat(list.exit()).isZero();
        assertThat(list.csv()).containsExactly(
                java.util.List.of("Tên đăng nhập", "Họ tên", "Vai trò", "Đơn vị", "Đang dùng"),
                java.util.List.of("postgres", "postgres", "Cán bộ thi đua của cơ quan", "toàn bộ sổ", "có"),
                java.util.List.of(login, "Lê Thị Hà", "Văn thư đơn vị", "Phường Bến Nghé", "có"),
                java.util.List.of(second, "Trần Văn Bình", "Văn thư đơn vị", "Phường Bến Nghé", "có"));

        CliTest.Run clerksList = CliTest.run("--db", asClerk, "list", "--format", "csv");
        assertThat(clerksList.exit()).isZero();
        assertThat(clerksList.lines()).hasSize(2).anySatisfy(l -> assertThat(l).contains("Nguyễn Văn An"))
                .noneSatisfy(l -> assertThat(l).contains("Trần Thị Bình"));
        CliTest.Run clerkManages = CliTest.run("--db", asClerk, "users", "list");
        assertThat(clerkManages.exit()).isEqualTo(1);
        assertThat(clerkManages.err()).contains("Chỉ cán bộ thi đua của cơ quan mới quản lý được người dùng");

        CliTest.Run disable = CliTest.run("--db", url, "users", "disable", login);
        assertThat(disable.out()).contains("Đã khóa người dùng " + login);
        CliTest.Run locked = CliTest.run("--db", asClerk, "list");
        assertThat(locked.exit()).isEqualTo(1);
        assertThat(locked.err()).contains("đã bị khóa").doesNotContain("Exception");
    }

    @Test
    void aWorkstationsFileHasNoUsersToManage() {
        CliTest.Run r = CliTest.runOn(dir.resolve("x.db"), "users", "list");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("chỉ dành cho sổ dùng chung trên máy chủ");
        CliTest.Run what = CliTest.runOn(dir.resolve("x.db"), "users");
        assertThat(what.err()).contains("Lệnh users cần việc phải làm");
    }
}
