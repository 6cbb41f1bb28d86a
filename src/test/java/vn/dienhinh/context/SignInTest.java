package vn.dienhinh.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dienhinh.model.Officer;
import vn.dienhinh.model.OfficerRole;
import vn.dienhinh.model.Unit;
import vn.dienhinh.testutil.OnPostgres;
import vn.dienhinh.testutil.TestDb;
import vn.dienhinh.util.UserException;

/**
 * Signing in to a shared registry with one's own server login: the server checks the password, the
 * registry's officers say who may open it and what they see, and the office's officer manages them.
 */
class SignInTest {

    private static String keyOf(Throwable t) {
        return ((UserException) t).key();
    }

    @Test
    void theFirstToSignInToARegistryWithNoOfficersBecomesTheOfficesOfficerAndNoOneAfter() {
        String url = OnPostgres.newDatabase();
        try (AppContext first = AppContext.signIn(url, "postgres", "", TestDb.CLOCK)) {
            assertThat(first.firstOfficer()).isTrue();
            assertThat(first.officer()).isEqualTo(new Officer("postgres", "postgres", OfficerRole.OFFICE, null, true));
            assertThat(first.users().list()).containsExactly(first.officer());
            assertThat(vn.dienhinh.util.Messages.get("user.firstOfficer", "postgres")).contains("người đầu tiên");
        }
        try (AppContext again = AppContext.signIn(url, "postgres", "", TestDb.CLOCK)) {
            assertThat(again.firstOfficer()).isFalse();
            assertThat(again.officer().role()).isEqualTo(OfficerRole.OFFICE);
        }
        String stranger = OnPostgres.newLogin(url, "mk", true);
        assertThatThrownBy(() -> AppContext.signIn(url, stranger, "mk", TestDb.CLOCK))
                .satisfies(e -> assertThat(keyOf(e)).isEqualTo("user.notGranted"))
                .hasMessageContaining("Tài khoản " + stranger + " chưa được cấp quyền");
    }

    @Test
    void aWrongPasswordIsRefusedByTheServerWithAClearMessage() {
        String url = OnPostgres.newDatabase();
        try (AppContext office = AppContext.signIn(url, "postgres", "", TestDb.CLOCK)) {
            String login = OnPostgres.newLogin(url, "dung-roi", false);
            office.users().add(login, "Trần Văn Bình", OfficerRole.OFFICE, null);
            assertThatThrownBy(() -> AppContext.signIn(url, login, "sai-roi", TestDb.CLOCK))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("db.serverLogin"))
                    .hasMessageContaining("không nhận tên đăng nhập hoặc mật khẩu")
                    .hasMessageNotContaining("sai-roi");
            try (AppContext right = AppContext.signIn(url, login, "dung-roi", TestDb.CLOCK)) {
                assertThat(right.officer().fullName()).isEqualTo("Trần Văn Bình");
            }
        }
    }

    @Test
    void aLoginTheAdministratorHasNotGrantedTheTablesGetsOneSentenceSayingSo() {
        String url = OnPostgres.newDatabase();
        try (AppContext office = AppContext.signIn(url, "postgres", "", TestDb.CLOCK)) {
            String login = OnPostgres.newLoginWithoutRights("mk-moi");
            office.users().add(login, "Trần Văn Bình", OfficerRole.OFFICE, null);
            assertThatThrownBy(() -> AppContext.signIn(url, login, "mk-moi", TestDb.CLOCK))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("db.serverNoRights"))
                    .hasMessageContaining("chưa được cấp quyền trên các bảng")
                    .hasMessageContaining("GRANT")
                    .hasMessageNotContaining("mk-moi");
        }
    }

    @Test
    void theOfficesOfficerGrantsChangesAndDisablesOfficersAndAClerkCannot() {
        String url = OnPostgres.newDatabase();
        try (AppContext office = AppContext.signIn(url, "postgres", "", TestDb.CLOCK)) {
            Unit benNghe = office.catalog().saveUnit(Unit.named("Phường Bến Nghé", "Phường"));
            String login = OnPostgres.newLogin(url, "mk", false);
            assertThatThrownBy(() -> office.users().add(login, "Lê Thị Hà", OfficerRole.UNIT_CLERK, null))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("users.clerkUnit"));
            assertThatThrownBy(() -> office.users().add(login, "  ", OfficerRole.UNIT_CLERK, benNghe.id()))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("users.nameEmpty"));
            assertThatThrownBy(() -> office.users().add(login, "Lê Thị Hà", OfficerRole.UNIT_CLERK, 404L))
                    .hasMessageContaining("404");
            assertThatThrownBy(() -> office.users().add(login.toUpperCase(), "Lê Thị Hà", OfficerRole.UNIT_CLERK, benNghe.id()))
                    .as("a row no one could sign in as").satisfies(e -> assertThat(keyOf(e)).isEqualTo("users.noServerLogin"))
                    .hasMessageContaining(login.toUpperCase());
            office.users().add(login, "Lê Thị Hà", OfficerRole.UNIT_CLERK, benNghe.id());
            assertThatThrownBy(() -> office.users().add(login, "Lê Thị Hà", OfficerRole.UNIT_CLERK, benNghe.id()))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("users.duplicate"));

            try (AppContext clerk = AppContext.signIn(url, login, "mk", TestDb.CLOCK)) {
                assertThat(clerk.officer().unitId()).isEqualTo(benNghe.id());
                assertThat(clerk.users().canManage()).isFalse();
                assertThatThrownBy(() -> clerk.users().list())
                        .satisfies(e -> assertThat(keyOf(e)).isEqualTo("users.officeOnly"));
                assertThatThrownBy(() -> clerk.users().add("hacker", "Ai Đó", OfficerRole.OFFICE, null))
                        .satisfies(e -> assertThat(keyOf(e)).isEqualTo("users.officeOnly"));
            }

            // the last office's officer stays one: someone must be able to grant
            assertThatThrownBy(() -> office.users().disable("postgres"))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("users.lastOffice"));
            assertThatThrownBy(() -> office.users().change("postgres", "postgres", OfficerRole.UNIT_CLERK, benNghe.id(), true))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("users.lastOffice"));

            // made the office's officer, the clerk sees all; disabled, they cannot sign in
            office.users().change(login, "Lê Thị Hà", OfficerRole.OFFICE, null, true);
            try (AppContext promoted = AppContext.signIn(url, login, "mk", TestDb.CLOCK)) {
                assertThat(promoted.officer().seesAll()).isTrue();
            }
            office.users().disable(login);
            assertThat(office.users().list()).filteredOn(o -> o.login().equals(login)).singleElement()
                    .satisfies(o -> assertThat(o.active()).isFalse());
            assertThatThrownBy(() -> AppContext.signIn(url, login, "mk", TestDb.CLOCK))
                    .satisfies(e -> assertThat(keyOf(e)).isEqualTo("user.disabled"))
                    .hasMessageContaining("đã bị khóa");
        }
    }
}
